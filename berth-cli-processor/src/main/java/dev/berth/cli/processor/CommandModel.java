package dev.berth.cli.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What the generated spec needs to know of one {@code @Command} class, read from its annotations. */
record CommandModel(TypeElement element, String className, String commandName, List<Mixin> mixins,
    List<Binding> bindings) {

  static final String COMMAND = "picocli.CommandLine.Command";
  static final String OPTION = "picocli.CommandLine.Option";
  static final String PARAMETERS = "picocli.CommandLine.Parameters";
  static final String MIXIN = "picocli.CommandLine.Mixin";

  private static final Set<String> COMMAND_ATTRIBUTES = Set.of("name");
  private static final Set<String> OPTION_ATTRIBUTES = Set.of("names", "arity", "fallbackValue", "defaultValue", "hidden");
  private static final Set<String> PARAMETERS_ATTRIBUTES = Set.of("index", "arity");

  /** The field types the generator can assign, with the boxed type a setter receives. */
  private static final Map<String, String> FIELD_TYPES = Map.of(
      "boolean", "java.lang.Boolean",
      "java.lang.Boolean", "java.lang.Boolean",
      "int", "java.lang.Integer",
      "java.lang.Integer", "java.lang.Integer",
      "long", "java.lang.Long",
      "java.lang.Long", "java.lang.Long",
      "java.lang.String", "java.lang.String",
      "java.util.List<java.lang.String>", "java.util.List<java.lang.String>");

  /** Something the generator does not reproduce; the command keeps picocli's reflection. */
  static final class Unsupported extends Exception {
    Unsupported(Element where, String what) {
      super(where.getEnclosingElement().getSimpleName() + "." + where.getSimpleName() + ": " + what);
    }
  }

  /** A {@code @Mixin} field: created when null, as picocli does. */
  record Mixin(String field, String type) {}

  /**
   * One option or positional parameter bound to a field reached by {@code access} from the
   * command ({@code c.all}, {@code c.options.name}).
   */
  record Binding(boolean option, String access, String fieldName, String fieldType, String boxedType,
      Map<String, Object> attributes) {}

  static CommandModel read(TypeElement type, PackageElement pkg) throws Unsupported {
    AnnotationMirror command = annotation(type, COMMAND);
    Map<String, Object> commandAttributes = attributes(type, command, COMMAND_ATTRIBUTES);
    List<Mixin> mixins = new ArrayList<>();
    List<Binding> bindings = new ArrayList<>();
    for (VariableElement field : annotatedFields(type)) {
      AnnotationMirror mixin = annotation(field, MIXIN);
      if (mixin != null) {
        if (!mixin.getElementValues().isEmpty()) {
          throw new Unsupported(field, "@Mixin attributes");
        }
        accessible(field, pkg);
        TypeElement mixinType = declared(field);
        mixins.add(new Mixin(field.getSimpleName().toString(), mixinType.getQualifiedName().toString()));
        for (VariableElement inner : annotatedFields(mixinType)) {
          if (annotation(inner, MIXIN) != null) {
            throw new Unsupported(inner, "nested @Mixin");
          }
          bindings.add(binding(inner, "c." + field.getSimpleName() + ".", pkg));
        }
      } else {
        bindings.add(binding(field, "c.", pkg));
      }
    }
    return new CommandModel(type, type.getQualifiedName().toString(), (String) commandAttributes.get("name"),
        mixins, bindings);
  }

  private static Binding binding(VariableElement field, String prefix, PackageElement pkg) throws Unsupported {
    accessible(field, pkg);
    AnnotationMirror option = annotation(field, OPTION);
    AnnotationMirror parameters = annotation(field, PARAMETERS);
    if ((option == null) == (parameters == null)) {
      throw new Unsupported(field, "needs exactly one of @Option and @Parameters");
    }
    String type = field.asType().toString();
    String boxed = FIELD_TYPES.get(type);
    if (boxed == null) {
      throw new Unsupported(field, "field type " + type);
    }
    Map<String, Object> attrs = option != null
        ? attributes(field, option, OPTION_ATTRIBUTES)
        : attributes(field, parameters, PARAMETERS_ATTRIBUTES);
    if (option != null && !attrs.containsKey("names")) {
      throw new Unsupported(field, "@Option without names");
    }
    String name = field.getSimpleName().toString();
    return new Binding(option != null, prefix + name, name, type, boxed, attrs);
  }

  /** Fields carrying a picocli annotation, superclass fields first (picocli's order). */
  private static List<VariableElement> annotatedFields(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.addFirst(t);
    }
    List<VariableElement> out = new ArrayList<>();
    for (TypeElement t : chain) {
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == ElementKind.FIELD
            && (annotation(e, OPTION) != null || annotation(e, PARAMETERS) != null || annotation(e, MIXIN) != null)) {
          out.add((VariableElement) e);
        }
      }
    }
    return out;
  }

  private static TypeElement superclass(TypeElement t) {
    TypeMirror s = t.getSuperclass();
    if (s.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
    return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
  }

  private static TypeElement declared(VariableElement field) throws Unsupported {
    if (field.asType().getKind() != TypeKind.DECLARED) {
      throw new Unsupported(field, "mixin of a non-class type");
    }
    return (TypeElement) ((DeclaredType) field.asType()).asElement();
  }

  /** The generated class lives in the command's package: the field must be reachable from there. */
  private static void accessible(VariableElement field, PackageElement pkg) throws Unsupported {
    Set<Modifier> m = field.getModifiers();
    if (m.contains(Modifier.PRIVATE) || m.contains(Modifier.FINAL) || m.contains(Modifier.STATIC)) {
      throw new Unsupported(field, "private, final or static field");
    }
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    boolean samePackage = packageOf(owner).equals(pkg.getQualifiedName().toString());
    if (!samePackage && !(m.contains(Modifier.PUBLIC) && owner.getModifiers().contains(Modifier.PUBLIC))) {
      throw new Unsupported(field, "not accessible from package " + pkg.getQualifiedName());
    }
  }

  private static String packageOf(Element e) {
    Element p = e;
    while (p.getKind() != ElementKind.PACKAGE) {
      p = p.getEnclosingElement();
    }
    return ((PackageElement) p).getQualifiedName().toString();
  }

  private static AnnotationMirror annotation(Element e, String type) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
        return a;
      }
    }
    return null;
  }

  /** The explicitly given attributes (String, Boolean or List of String), refusing unknown ones. */
  private static Map<String, Object> attributes(Element where, AnnotationMirror a, Set<String> allowed)
      throws Unsupported {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    if (a == null) {
      return out;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
      String name = e.getKey().getSimpleName().toString();
      if (!allowed.contains(name)) {
        throw new Unsupported(where, "annotation attribute " + name);
      }
      Object v = e.getValue().getValue();
      if (v instanceof List<?> list) {
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
          strings.add((String) ((AnnotationValue) item).getValue());
        }
        v = strings;
      }
      out.put(name, v);
    }
    return out;
  }
}

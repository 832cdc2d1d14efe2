package dev.berth.cli.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes, for every package holding picocli {@code @Command} classes, a class {@code CommandSpecs}
 * whose {@code of(Object command)} builds the command's {@code CommandSpec} with picocli's
 * programmatic API: the same model picocli derives from the annotations at run time, without the
 * reflection and annotation proxies that cost a short-lived CLI tens of milliseconds per command.
 *
 * <p>The annotations stay the only declaration. A command using an annotation attribute or a
 * field type this processor does not know gets no generated spec (a compiler note says why) and
 * keeps working through picocli's reflection.
 */
@SupportedAnnotationTypes(CommandModel.COMMAND)
public final class CommandSpecProcessor extends AbstractProcessor {
  private final Map<String, List<CommandModel>> byPackage = new TreeMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement command = processingEnv.getElementUtils().getTypeElement(CommandModel.COMMAND);
    if (command == null || round.processingOver()) {
      return false;
    }
    for (Element e : round.getElementsAnnotatedWith(command)) {
      if (e.getKind() != ElementKind.CLASS) {
        continue;
      }
      TypeElement type = (TypeElement) e;
      PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
      if (pkg.isUnnamed()) {
        continue;
      }
      try {
        byPackage.computeIfAbsent(pkg.getQualifiedName().toString(), k -> new ArrayList<>())
            .add(CommandModel.read(type, pkg));
      } catch (CommandModel.Unsupported u) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
            "no generated CommandSpec (picocli reflection at run time): " + u.getMessage(), type);
      }
    }
    for (Map.Entry<String, List<CommandModel>> p : byPackage.entrySet()) {
      write(p.getKey(), p.getValue());
    }
    byPackage.clear();
    return false;
  }

  private void write(String pkg, List<CommandModel> commands) {
    String name = pkg + ".CommandSpecs";
    try (Writer w = processingEnv.getFiler().createSourceFile(name,
        commands.stream().map(CommandModel::element).toArray(Element[]::new)).openWriter()) {
      w.write(SpecSource.of(pkg, commands));
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e);
    }
  }
}

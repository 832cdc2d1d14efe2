package dev.berth.cli.format;

import dev.berth.cli.format.TemplateFunctions.FunctionError;
import java.util.List;
import java.util.Objects;

/** The comparison builtins eq/ne/lt/le/gt/ge with Go's kind rules and error texts. */
final class GoCompare {
  private GoCompare() {}

  private enum Kind {
    BOOL, INT, FLOAT, STRING, INVALID, OTHER
  }

  private static Kind kind(Object v) {
    if (v == null || v == GoValues.NO_VALUE) {
      return Kind.INVALID;
    }
    if (v instanceof Boolean) {
      return Kind.BOOL;
    }
    if (GoValues.isInt(v)) {
      return Kind.INT;
    }
    if (GoValues.isFloat(v)) {
      return Kind.FLOAT;
    }
    if (v instanceof String) {
      return Kind.STRING;
    }
    return Kind.OTHER;
  }

  static boolean eq(Object arg1, List<Object> others) throws FunctionError {
    if (others.isEmpty()) {
      throw new FunctionError("missing argument for comparison");
    }
    Kind k1 = kind(arg1);
    for (Object arg : others) {
      Kind k2 = kind(arg);
      boolean truth;
      if (k1 != k2) {
        if (k1 != Kind.INVALID && k2 != Kind.INVALID) {
          throw new FunctionError("incompatible types for comparison");
        }
        truth = false;
      } else {
        truth =
            switch (k1) {
              case BOOL, STRING -> arg1.equals(arg);
              case INT -> GoValues.toLong(arg1) == GoValues.toLong(arg);
              case FLOAT -> ((Number) arg1).doubleValue() == ((Number) arg).doubleValue();
              case INVALID -> true;
              case OTHER -> {
                if (arg1 instanceof List<?> || arg1 instanceof java.util.Map<?, ?>) {
                  throw new FunctionError("non-comparable type " + GoFmt.sprint(arg1) + ": " + GoValues.typeName(arg1));
                }
                yield Objects.equals(arg1, arg) || arg1 == arg;
              }
            };
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  static boolean lt(Object a, Object b) throws FunctionError {
    Kind k1 = kind(a);
    Kind k2 = kind(b);
    if (k1 == Kind.INVALID || k1 == Kind.OTHER || k2 == Kind.INVALID || k2 == Kind.OTHER) {
      throw new FunctionError("invalid type for comparison");
    }
    if (k1 != k2) {
      throw new FunctionError("incompatible types for comparison");
    }
    if (k1 == Kind.BOOL) {
      throw new FunctionError("invalid type for comparison");
    }
    return switch (k1) {
      case INT -> GoValues.toLong(a) < GoValues.toLong(b);
      case FLOAT -> ((Number) a).doubleValue() < ((Number) b).doubleValue();
      case STRING -> GoValues.compareUtf8((String) a, (String) b) < 0;
      default -> throw new FunctionError("invalid type for comparison");
    };
  }

  static boolean le(Object a, Object b) throws FunctionError {
    if (lt(a, b)) {
      return true;
    }
    return eq(a, List.of(b));
  }
}

package io.tideline.runtime.cel;

import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The identifiers an expression reads from its environment: every identifier not bound by an
 * enclosing comprehension (the iteration and accumulator variables of {@code all}, {@code exists},
 * {@code map}, {@code filter}, …). For {@code status.conditions.exists(c, c.type == 'Ready')} that
 * is {@code [status]}.
 */
final class FreeIdentifiers {

  private final Set<String> found = new TreeSet<>();

  private FreeIdentifiers() {}

  /** The free identifiers of a parsed expression, sorted. */
  static Set<String> of(CelExpr expr) {
    FreeIdentifiers walker = new FreeIdentifiers();
    walker.visit(expr, Set.of());
    return walker.found;
  }

  private void visit(CelExpr expr, Set<String> bound) {
    switch (expr.getKind()) {
      case IDENT -> {
        String name = expr.ident().name();
        if (!bound.contains(name)) {
          found.add(name);
        }
      }
      case SELECT -> visit(expr.select().operand(), bound);
      case CALL -> {
        expr.call().target().ifPresent(target -> visit(target, bound));
        expr.call().args().forEach(arg -> visit(arg, bound));
      }
      case LIST -> expr.list().elements().forEach(element -> visit(element, bound));
      case STRUCT -> expr.struct().entries().forEach(entry -> visit(entry.value(), bound));
      case MAP ->
          expr.map()
              .entries()
              .forEach(
                  entry -> {
                    visit(entry.key(), bound);
                    visit(entry.value(), bound);
                  });
      case COMPREHENSION -> visitComprehension(expr.comprehension(), bound);
      default -> {}
    }
  }

  private void visitComprehension(CelComprehension loop, Set<String> bound) {
    visit(loop.iterRange(), bound);
    visit(loop.accuInit(), bound);
    Set<String> withAccumulator = new HashSet<>(bound);
    withAccumulator.add(loop.accuVar());
    Set<String> inLoop = new HashSet<>(withAccumulator);
    inLoop.add(loop.iterVar());
    if (!loop.iterVar2().isEmpty()) {
      inLoop.add(loop.iterVar2());
    }
    visit(loop.loopCondition(), inLoop);
    visit(loop.loopStep(), inLoop);
    visit(loop.result(), withAccumulator);
  }
}

package io.tideline.runtime.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.CelVarDecl;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles CEL expressions the way Flux does (cel-go with the strings, sets, encoders and optional
 * extensions, cross-type numeric comparisons, homogeneous literals). Two flavours:
 *
 * <ul>
 *   <li>{@link #withMapVariables}: the expression reads named variables, each an object's JSON form
 *       ({@code self}, {@code dep} for {@code dependsOn[].readyExpr}), and must be of type bool;
 *   <li>{@link #forObjectFields}: the expression reads an object's top-level fields directly
 *       ({@code status.phase == 'Ready'}), as {@code healthCheckExprs} do: any identifier is
 *       accepted at compile time, one the object lacks fails at evaluation.
 * </ul>
 *
 * Compilation errors name the expression: {@code failed to parse the CEL expression 'foo.': ERROR:
 * <input>:1:5: no viable alternative at input '.'}.
 */
public final class ExpressionCompiler {

  private static final CelOptions OPTIONS =
      CelOptions.current()
          .enableHeterogeneousNumericComparisons(true)
          .enableHomogeneousLiterals(true)
          .enableOptionalSyntax(true)
          .build();

  private static final CelCompiler BASE =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addLibraries(
              CelExtensions.strings(),
              CelExtensions.sets(OPTIONS),
              CelExtensions.encoders(OPTIONS),
              CelExtensions.optional())
          .build();

  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder()
          .setOptions(OPTIONS)
          .addLibraries(
              CelExtensions.strings(),
              CelExtensions.sets(OPTIONS),
              CelExtensions.encoders(OPTIONS),
              CelExtensions.optional())
          .build();

  private final CelCompiler cel;
  private final Set<String> declared;
  private final boolean objectFields;
  private final CelLimits limits;

  private ExpressionCompiler(
      CelCompiler cel, Set<String> declared, boolean objectFields, CelLimits limits) {
    this.cel = cel;
    this.declared = Set.copyOf(declared);
    this.objectFields = objectFields;
    this.limits = limits;
  }

  /** Expressions over the named variables, each a JSON object; the result must be a bool. */
  public static ExpressionCompiler withMapVariables(CelLimits limits, String... names) {
    Set<String> declared = Set.of(names);
    List<CelVarDecl> variables =
        declared.stream()
            .map(
                name ->
                    CelVarDecl.newVarDeclaration(
                        name, MapType.create(SimpleType.STRING, SimpleType.DYN)))
            .toList();
    return new ExpressionCompiler(
        BASE.toCompilerBuilder().addVarDeclarations(variables).build(), declared, false, limits);
  }

  /** Expressions over the top-level fields of one object (its JSON form). */
  public static ExpressionCompiler forObjectFields(CelLimits limits) {
    return new ExpressionCompiler(BASE, Set.of(), true, limits);
  }

  /** Compiles {@code source}; throws with the expression and every problem found. */
  public BooleanExpression compile(String source) throws InvalidExpressionException {
    CelValidationResult parsed = cel.parse(source);
    if (parsed.hasError()) {
      throw invalid(source, parsed);
    }
    Set<String> inputs = declared;
    CelCompiler checker = cel;
    if (objectFields) {
      inputs = FreeIdentifiers.of(ast(source, parsed).getExpr());
      checker =
          cel.toCompilerBuilder()
              .addVarDeclarations(
                  inputs.stream()
                      .map(name -> CelVarDecl.newVarDeclaration(name, SimpleType.DYN))
                      .toList())
              .build();
    }
    CelValidationResult checked = checker.check(ast(source, parsed));
    if (checked.hasError()) {
      throw invalid(source, checked);
    }
    CelAbstractSyntaxTree ast = ast(source, checked);
    if (!objectFields && !ast.getResultType().equals(SimpleType.BOOL)) {
      throw new InvalidExpressionException(
          "CEL expression output type mismatch: expected bool, got "
              + ast.getResultType().name()
              + " in '"
              + source
              + "'");
    }
    try {
      return new BooleanExpression(source, RUNTIME.createProgram(ast), inputs, limits);
    } catch (CelEvaluationException e) {
      throw new InvalidExpressionException(
          "failed to create a program for the CEL expression '" + source + "': " + e.getMessage());
    }
  }

  private static CelAbstractSyntaxTree ast(String source, CelValidationResult result)
      throws InvalidExpressionException {
    try {
      return result.getAst();
    } catch (CelValidationException e) {
      throw new InvalidExpressionException(
          "failed to parse the CEL expression '" + source + "': " + e.getMessage());
    }
  }

  private static InvalidExpressionException invalid(String source, CelValidationResult result) {
    String issues =
        result
            .getErrorString()
            .lines()
            .filter(line -> !line.startsWith(" |"))
            .map(String::strip)
            .collect(Collectors.joining("; "));
    return new InvalidExpressionException(
        "failed to parse the CEL expression '" + source + "': " + issues);
  }
}

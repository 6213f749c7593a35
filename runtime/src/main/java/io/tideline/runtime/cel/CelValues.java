package io.tideline.runtime.cel;

import com.google.protobuf.NullValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an object's JSON form (nested maps and lists as Jackson reads them) into the values CEL
 * evaluates: every integer becomes a {@code long} (CEL {@code int}), every decimal a {@code
 * double}, JSON {@code null} CEL's {@code null}. Without this, {@code status.replicas > 2} fails on
 * a Jackson {@code Integer}.
 */
final class CelValues {

  private CelValues() {}

  /** The CEL value of one JSON value. */
  static Object of(Object json) {
    if (json == null) {
      return NullValue.NULL_VALUE;
    }
    if (json instanceof Map<?, ?> map) {
      Map<String, Object> converted = new LinkedHashMap<>();
      map.forEach((key, value) -> converted.put(String.valueOf(key), of(value)));
      return converted;
    }
    if (json instanceof List<?> list) {
      List<Object> converted = new ArrayList<>(list.size());
      list.forEach(value -> converted.add(of(value)));
      return converted;
    }
    if (json instanceof Integer || json instanceof Short || json instanceof Byte) {
      return ((Number) json).longValue();
    }
    if (json instanceof Float || json instanceof BigDecimal) {
      return ((Number) json).doubleValue();
    }
    if (json instanceof BigInteger big) {
      return big.bitLength() < Long.SIZE ? big.longValue() : big.doubleValue();
    }
    return json;
  }

  /** Each variable's CEL value. */
  static Map<String, Object> ofVariables(Map<String, ?> variables) {
    Map<String, Object> converted = new LinkedHashMap<>();
    variables.forEach((name, value) -> converted.put(name, of(value)));
    return converted;
  }
}

package io.tideline.runtime.conditions;

import io.tideline.runtime.events.SecretRedactor;

/**
 * Cleans condition messages: credentials in URLs are redacted ({@link SecretRedactor}) and the text
 * is kept within a maximum length (Flux's {@code MaxConditionMessageLength}, 20000), a cut marked
 * with a visible ellipsis so readers know text is missing.
 */
public record ConditionMessages(int maxLength) {

  /** Flux's default limit. */
  public static final int DEFAULT_MAX_LENGTH = 20_000;

  /** Appended to a truncated message. */
  public static final String ELLIPSIS = "...";

  public ConditionMessages {
    if (maxLength <= ELLIPSIS.length()) {
      throw new IllegalArgumentException(
          "condition message limit must exceed " + ELLIPSIS.length() + ", got " + maxLength);
    }
  }

  /** The limit Flux uses. */
  public static ConditionMessages defaults() {
    return new ConditionMessages(DEFAULT_MAX_LENGTH);
  }

  /** The message redacted, stripped of surrounding whitespace and cut to {@code maxLength}. */
  public String trim(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = SecretRedactor.redact(message).strip();
    if (trimmed.length() <= maxLength) {
      return trimmed;
    }
    int cut = maxLength - ELLIPSIS.length();
    if (Character.isHighSurrogate(trimmed.charAt(cut - 1))) {
      cut--;
    }
    return trimmed.substring(0, cut) + ELLIPSIS;
  }
}

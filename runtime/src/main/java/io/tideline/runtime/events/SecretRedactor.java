package io.tideline.runtime.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it reaches an event or condition: the userinfo of URLs
 * ({@code https://user:token@host} → {@code https://***@host}) and the values of credential-like
 * query parameters ({@code ?token=…}, {@code access_token}, {@code X-Amz-Signature}, {@code sig},
 * …).
 */
public final class SecretRedactor {
  private SecretRedactor() {}

  /** What replaces a secret. */
  public static final String MASK = "***";

  private static final Pattern URL_USERINFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^/?#@\\s]+)@");

  private static final Pattern SECRET_QUERY_PARAM =
      Pattern.compile(
          "(?i)([?&](?:access_token|token|password|passwd|secret|api_key|apikey|key|sig|signature"
              + "|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
              + "|client_secret)=)[^&#\\s\"']+");

  /** The text with credentials replaced by {@value #MASK}; null stays null. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String withoutUserinfo =
        URL_USERINFO
            .matcher(text)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    return SECRET_QUERY_PARAM
        .matcher(withoutUserinfo)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }
}

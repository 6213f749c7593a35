package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stored source artifact ({@code meta.Artifact}): where to download it, its revision and the
 * digest of its bytes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Artifact {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("path")
  @JsonPropertyDescription(
      "Path is the relative file path of the Artifact: <kind>/<namespace>/<name>/<file>.")
  private String path;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("url")
  @JsonPropertyDescription(
      "URL is the HTTP address of the Artifact as exposed by the controller managing the source.")
  private String url;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("revision")
  @JsonPropertyDescription(
      "Revision is a human-readable identifier traceable in the origin source system.")
  private String revision;

  @Required
  @Pattern("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("digest")
  @JsonPropertyDescription(
      "Digest is the digest of the file in the form of <algorithm>:<checksum>.")
  private String digest;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("lastUpdateTime")
  @JsonPropertyDescription(
      "LastUpdateTime is the timestamp (RFC 3339) corresponding to the last update of the Artifact.")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastUpdateTime;

  @JsonProperty("size")
  @JsonPropertyDescription("Size is the number of bytes in the file.")
  private Long size;

  @JsonProperty("metadata")
  @JsonPropertyDescription("Metadata holds upstream information such as OCI annotations.")
  private Map<String, String> metadata = new LinkedHashMap<>();

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getRevision() {
    return revision;
  }

  public void setRevision(String revision) {
    this.revision = revision;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getLastUpdateTime() {
    return lastUpdateTime;
  }

  public void setLastUpdateTime(String lastUpdateTime) {
    this.lastUpdateTime = lastUpdateTime;
  }

  public Long getSize() {
    return size;
  }

  public void setSize(Long size) {
    this.size = size;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata == null ? new LinkedHashMap<>() : metadata;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Artifact other
        && Objects.equals(path, other.path)
        && Objects.equals(url, other.url)
        && Objects.equals(revision, other.revision)
        && Objects.equals(digest, other.digest)
        && Objects.equals(lastUpdateTime, other.lastUpdateTime)
        && Objects.equals(size, other.size)
        && Objects.equals(metadata, other.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, url, revision, digest, lastUpdateTime, size, metadata);
  }
}

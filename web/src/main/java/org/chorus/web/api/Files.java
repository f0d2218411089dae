package org.chorus.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.chorus.application.Views.FileContent;

/** A stored file as a download, with its SHA-256 as the entity tag. */
final class Files {
  private Files() {}

  static Response download(FileContent file) {
    String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(file.bytes(), file.mediaType() + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("Digest", "sha-256=" + file.sha256())
        .tag(new EntityTag(file.sha256()))
        .build();
  }
}

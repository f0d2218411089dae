package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chorus.application.PublicationService;
import org.chorus.application.PublicationService.FeedEntry;
import org.chorus.application.Views.PublicationView;
import org.chorus.infrastructure.CallContext;

/**
 * An Atom feed of the caller's sections' publications: one entry per new publication, and one when
 * a newer source revision outdates a publication. Feed readers sign in with HTTP Basic.
 */
@Path("feed")
public class FeedResource {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @Inject private PublicationService publications;

  @GET
  @Produces("application/atom+xml")
  public byte[] feed(@Context UriInfo uri) throws XMLStreamException {
    List<FeedEntry> entries = publications.feed();
    String base = uri.getBaseUri().toString().replaceFirst("/api/?$", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter w =
        XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("feed");
    w.writeDefaultNamespace(ATOM);
    element(w, "title", "Chorus publications");
    element(w, "id", "urn:chorus:" + CallContext.tenant() + ":feed:" + CallContext.username());
    element(w, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.get(0).at()).toString());
    link(w, "self", uri.getRequestUri().toString());
    for (FeedEntry e : entries) {
      PublicationView p = e.publication();
      boolean outdated = e.kind().equals("OUTDATED");
      w.writeStartElement("entry");
      element(
          w,
          "title",
          (outdated ? "Outdated: " : "Published: ")
              + e.appealReference()
              + " "
              + p.targetLocale()
              + " ("
              + p.sectionCode()
              + ") #"
              + p.number());
      element(
          w,
          "id",
          "urn:chorus:" + CallContext.tenant() + ":publication:" + p.id() + ":" + e.kind());
      element(w, "updated", e.at().toString());
      w.writeStartElement("author");
      element(w, "name", p.publishedBy());
      w.writeEndElement();
      w.writeEmptyElement("category");
      w.writeAttribute("term", e.kind().toLowerCase(java.util.Locale.ROOT));
      link(w, "alternate", base + "/localization.xhtml?id=" + p.localizationId());
      link(w, "enclosure", base + "/api/publications/" + p.id() + "/file");
      element(
          w,
          "summary",
          outdated
              ? "The source of "
                  + e.appealReference()
                  + " now has revision "
                  + p.currentRevision()
                  + "; publication "
                  + p.number()
                  + " ("
                  + p.fileName()
                  + ") was made from revision "
                  + p.revision()
                  + " and needs updating."
              : p.fileName()
                  + ", from source revision "
                  + p.revision()
                  + ", SHA-256 "
                  + p.sha256()
                  + ".");
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("href", href);
  }
}

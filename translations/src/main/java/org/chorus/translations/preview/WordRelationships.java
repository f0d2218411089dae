package org.chorus.translations.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** The relationships of a part of a DOCX package: its headers, notes, links. */
final class WordRelationships {

  private static final String PACKAGE_RELS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  /** A relationship: its id, its type (the last word of its URI) and target. */
  record Relationship(String id, String type, String target, boolean external) {}

  private WordRelationships() {}

  /** The relationships of a part, read from the _rels folder beside it. */
  static List<Relationship> of(Map<String, byte[]> parts, String partName) {
    int slash = partName.lastIndexOf('/');
    String relsName =
        partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    Element root = Xml.root(parts, relsName);
    List<Relationship> found = new ArrayList<>();
    if (root != null) {
      for (Element r : Xml.children(root)) {
        if (Xml.is(r, PACKAGE_RELS, "Relationship")) {
          String type = r.getAttribute("Type");
          found.add(
              new Relationship(
                  r.getAttribute("Id"),
                  type.substring(type.lastIndexOf('/') + 1),
                  r.getAttribute("Target"),
                  "External".equals(r.getAttribute("TargetMode"))));
        }
      }
    }
    return found;
  }

  /** Link targets outside the package by relationship id (the policy decides which may stay). */
  static Map<String, String> links(List<Relationship> relationships) {
    Map<String, String> links = new HashMap<>();
    for (Relationship r : relationships) {
      if (r.type().equals("hyperlink") && r.external()) {
        links.put(r.id(), r.target());
      }
    }
    return links;
  }

  /** The package name of a part the main document refers to. */
  static String partName(String target) {
    return target.startsWith("/") ? target.substring(1) : "word/" + target;
  }
}

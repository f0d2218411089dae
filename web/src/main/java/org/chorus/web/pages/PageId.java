package org.chorus.web.pages;

import java.io.Serializable;
import org.chorus.domain.NotFoundException;

/**
 * The id in a page's address ({@code ?id=12}): a whole number or the page is not found, and fixed
 * once the page has loaded, so that a forged postback cannot point an open page at another record.
 */
public final class PageId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String raw;
  private Long value;

  public String raw() {
    return raw;
  }

  public void offer(String raw) {
    if (value == null) {
      this.raw = raw;
    }
  }

  /** The id, read once; throws {@link NotFoundException} for anything but a positive number. */
  public long load() {
    if (value == null) {
      if (raw == null || !raw.matches("[0-9]{1,18}") || Long.parseLong(raw) == 0) {
        throw new NotFoundException("Page", raw);
      }
      value = Long.parseLong(raw);
    }
    return value;
  }
}

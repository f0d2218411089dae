package org.chorus.web.pages;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chorus.domain.ChorusException;
import org.chorus.domain.ForbiddenException;
import org.chorus.domain.NotFoundException;
import org.primefaces.csp.CspException;

/**
 * What a page shows when an action or a render fails instead of a stack trace or an exception's
 * class name: a record that is gone or not the caller's leads to the "not found" page, a right that
 * was taken away (a member removed from the section while the page was open) to the "not allowed"
 * page, any other refusal is shown as a message, and a fault of Chorus itself is logged with an
 * incident number that the message quotes.
 */
public class PageExceptions extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PageExceptions.class.getName());

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageExceptions(getWrapped().getExceptionHandler());
    }
  }

  public PageExceptions(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      if (cause(t, jakarta.faces.application.ViewExpiredException.class) != null) {
        continue;
      }
      events.remove();
      ChorusException refusal = cause(t, ChorusException.class);
      if (cause(t, CspException.class) != null) {
        // a request that did not come from the page it names (no or another script nonce)
        LOG.warning(() -> "Refused a page request without its page's nonce: " + t.getMessage());
        leave(faces, 403, "/forbidden.html");
      } else if (refusal instanceof NotFoundException) {
        leave(faces, 404, "/not-found.html");
      } else if (refusal instanceof ForbiddenException) {
        leave(faces, 403, "/forbidden.html");
      } else if (refusal != null) {
        Messages.error(faces, refusal);
      } else {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, t);
        if (faces.getPartialViewContext().isAjaxRequest()) {
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  java.text.MessageFormat.format(Messages.get(faces, "error.incident"), incident),
                  null));
        } else {
          leave(faces, 500, "/error.html");
        }
      }
    }
    getWrapped().handle();
  }

  /**
   * Sends the person to a static page: a redirect for an ajax request, an error otherwise. The
   * answer is written by hand, past the Faces writers, which may be half-way through a partial
   * response when a render fails.
   */
  private static void leave(FacesContext faces, int status, String page) {
    ExternalContext ext = faces.getExternalContext();
    faces.responseComplete();
    if (ext.isResponseCommitted()) {
      LOG.warning(() -> "Could not send the person to " + page + ": the answer had begun");
      return;
    }
    HttpServletResponse res = (HttpServletResponse) ext.getResponse();
    try {
      res.reset();
      if (faces.getPartialViewContext().isAjaxRequest()) {
        res.setContentType("text/xml");
        res.setCharacterEncoding("UTF-8");
        res.getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + ext.getRequestContextPath()
                    + page
                    + "\"></redirect></partial-response>");
        res.flushBuffer();
      } else {
        res.sendError(status);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c instanceof FacesException && c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}

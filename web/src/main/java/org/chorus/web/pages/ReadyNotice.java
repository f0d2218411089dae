package org.chorus.web.pages;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Says in the server log when the pages answer, and where: until then the server answers 404, so
 * that is the line to wait for after {@code ./mvnw package -Prun}.
 */
@WebListener
public class ReadyNotice implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ReadyNotice.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    LOG.info(
        () ->
            "Chorus is ready: http://localhost:"
                + port
                + event.getServletContext().getContextPath()
                + "/ (demo accounts: see the README)");
  }
}

package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chorus.application.AccountDirectory;
import org.chorus.application.Views.Me;

/** Who the caller is: account, organisation, roles. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private AccountDirectory accounts;

  @GET
  public Me me() {
    return accounts.me();
  }
}

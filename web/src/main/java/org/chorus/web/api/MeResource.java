package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chorus.application.AccountDirectory;
import org.chorus.application.Views.Me;
import org.chorus.application.Views.WorkItem;
import org.chorus.application.WorkService;

/** Who the caller is: account, organisation, roles. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private AccountDirectory accounts;

  @Inject private WorkService work;

  @GET
  public Me me() {
    return accounts.me();
  }

  /** What is assigned to the caller, due soonest first, with what is left of each piece. */
  @GET
  @Path("work")
  public List<WorkItem> work() {
    return work.mine();
  }
}

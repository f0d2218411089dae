package org.chorus.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.application.OrganisationService;
import org.chorus.application.Views.SectionView;
import org.chorus.application.Views.Settings;
import org.chorus.domain.ChorusException;

/** Sections, their members and the organisation's settings. */
@Named
@ViewScoped
public class OrganisationBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OrganisationService organisation;

  private List<SectionView> sections;
  private Settings settings;
  private boolean allowSelfReview;
  private int wordsPerDay;
  private String newCode;
  private String newName;
  private String newLocales;
  private String accountUsername;
  private String accountName;
  private String accountPassword;
  private String coordinatorName;
  private final Map<Long, String> memberUser = new HashMap<>();
  private final Map<Long, String> memberRole = new HashMap<>();
  private final Map<Long, String> memberLocales = new HashMap<>();
  private final Map<Long, Boolean> memoryPrivate = new HashMap<>();
  private boolean preTranslateSubmit;
  private Integer preTranslateFuzzyFrom;

  public void load() {
    try {
      sections = organisation.sections();
      settings = organisation.settings();
      allowSelfReview = settings.allowSelfReview();
      wordsPerDay = settings.wordsPerDay();
      preTranslateSubmit = settings.preTranslateSubmit();
      preTranslateFuzzyFrom = settings.preTranslateFuzzyFrom();
      memoryPrivate.clear();
      sections.forEach(s -> memoryPrivate.put(s.id(), s.memoryPrivate()));
    } catch (ChorusException e) {
      Messages.error(FacesContext.getCurrentInstance(), e);
    }
  }

  public void saveSettings() {
    run(
        () -> {
          organisation.configurePreTranslation(preTranslateSubmit, preTranslateFuzzyFrom);
          return organisation.configure(allowSelfReview, wordsPerDay);
        },
        "organisation.saved");
  }

  /** Keeps a section's memory to its own localizations, or shares it, as its box now says. */
  public void keepMemoryPrivate(long sectionId) {
    run(
        () ->
            organisation.keepMemoryPrivate(
                sectionId, Boolean.TRUE.equals(memoryPrivate.get(sectionId))),
        "organisation.saved");
  }

  public Map<Long, Boolean> getMemoryPrivate() {
    return memoryPrivate;
  }

  public boolean isPreTranslateSubmit() {
    return preTranslateSubmit;
  }

  public void setPreTranslateSubmit(boolean preTranslateSubmit) {
    this.preTranslateSubmit = preTranslateSubmit;
  }

  public Integer getPreTranslateFuzzyFrom() {
    return preTranslateFuzzyFrom;
  }

  public void setPreTranslateFuzzyFrom(Integer preTranslateFuzzyFrom) {
    this.preTranslateFuzzyFrom = preTranslateFuzzyFrom;
  }

  public void createSection() {
    run(() -> organisation.createSection(newCode, newName, tags(newLocales)), "organisation.saved");
    newCode = newName = newLocales = null;
  }

  public void addMember(long sectionId) {
    run(
        () ->
            organisation.addMember(
                sectionId,
                memberUser.get(sectionId),
                memberRole.getOrDefault(sectionId, "TRANSLATOR"),
                tags(memberLocales.get(sectionId))),
        "organisation.saved");
    memberUser.remove(sectionId);
    memberLocales.remove(sectionId);
  }

  public void removeMember(long membershipId) {
    run(
        () -> {
          organisation.removeMember(membershipId);
          return null;
        },
        "organisation.saved");
  }

  public void coordinator(boolean coordinator) {
    run(() -> organisation.setCoordinator(coordinatorName, coordinator), "organisation.saved");
    coordinatorName = null;
  }

  public String getCoordinatorName() {
    return coordinatorName;
  }

  public void setCoordinatorName(String coordinatorName) {
    this.coordinatorName = coordinatorName;
  }

  public void createAccount() {
    run(
        () -> organisation.createAccount(accountUsername, accountName, accountPassword),
        "organisation.accountOpenedMustChange");
    accountUsername = accountName = accountPassword = null;
  }

  private void run(java.util.function.Supplier<Object> action, String messageKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.get();
      Messages.info(faces, messageKey);
      load();
    } catch (ChorusException e) {
      Messages.error(faces, e);
    }
  }

  private static List<String> tags(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
  }

  public List<SectionView> getSections() {
    return sections;
  }

  public Settings getSettings() {
    return settings;
  }

  public boolean isAllowSelfReview() {
    return allowSelfReview;
  }

  public void setAllowSelfReview(boolean allowSelfReview) {
    this.allowSelfReview = allowSelfReview;
  }

  public int getWordsPerDay() {
    return wordsPerDay;
  }

  public void setWordsPerDay(int wordsPerDay) {
    this.wordsPerDay = wordsPerDay;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewLocales() {
    return newLocales;
  }

  public void setNewLocales(String newLocales) {
    this.newLocales = newLocales;
  }

  public String getAccountUsername() {
    return accountUsername;
  }

  public void setAccountUsername(String accountUsername) {
    this.accountUsername = accountUsername;
  }

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  public String getAccountPassword() {
    return accountPassword;
  }

  public void setAccountPassword(String accountPassword) {
    this.accountPassword = accountPassword;
  }

  public Map<Long, String> getMemberUser() {
    return memberUser;
  }

  public Map<Long, String> getMemberRole() {
    return memberRole;
  }

  public Map<Long, String> getMemberLocales() {
    return memberLocales;
  }
}

/**
 * The pages other than the editor: sign-in, my work, appeals, organisation, glossary, memory, my
 * account, and what every page shares (the signed-in person and language, messages, the handling of
 * failures). Beans are view-scoped, read what they show when the page opens (never in getters) and
 * call services, which check access for every action.
 */
package org.chorus.web.pages;

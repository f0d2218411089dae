/**
 * The translation editor, one bean per job over the services: {@link
 * org.chorus.web.editor.EditorBean} (which localization, which rows: a page at a time, filtered and
 * searched in the database), {@link org.chorus.web.editor.RowEditing} (typing, saving and the
 * review steps of a row, conflicts), {@link org.chorus.web.editor.BulkReview}, {@link
 * org.chorus.web.editor.SegmentDetails} (comments and history of an opened row), {@link
 * org.chorus.web.editor.AssignmentsBean}, {@link org.chorus.web.editor.OfflineFiles} (XLIFF) and
 * {@link org.chorus.web.editor.PresenceBean}. What a person may do on a row comes with the row from
 * the domain ({@code SegmentView.may}); no bean decides it. Getters only read what an action or the
 * page's load fetched.
 */
package org.chorus.web.editor;

/** An appeal, its source documents, their revisions and the sentence segments of each revision. */
package org.chorus.domain.appeal;

"""Publishing to a CMS: sites (:mod:`.sites`), their passwords (:mod:`.passwords`),
WordPress's REST API (:mod:`.wordpress`) and the sending itself (:mod:`.send`,
with what it reports in :mod:`.send_outcome`, the front matter record in
:mod:`.send_record`, pictures in :mod:`.media_upload`, tags and authors in
:mod:`.terms_and_authors`).

Qt-free, so ``feder publish`` and File → Publish run the same code; the window
only runs :func:`editor.core.publish.send.send_article` in a worker thread.
"""

"""Publishing to a CMS: sites (:mod:`.sites`), their passwords (:mod:`.passwords`),
WordPress's REST API (:mod:`.wordpress`) and the sending itself (:mod:`.send`).

Qt-free, so ``feder publish`` and File → Publish run the same code; the window
only runs :func:`editor.core.publish.send.send_article` in a worker thread.
"""

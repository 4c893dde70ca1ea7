"""All open articles share one render helper process; each gets its own results."""

from __future__ import annotations

from editor.ui.preview.render_service import RenderHelper, RenderService


def _html(result) -> str:
    return "".join(html for _line, html in result.blocks)


def test_two_articles_share_one_helper_and_get_their_own_previews(qtbot) -> None:
    helper = RenderHelper()
    first, second = RenderService(helper=helper), RenderService(helper=helper)
    got: dict[str, object] = {}
    first.rendered.connect(lambda _id, result: got.__setitem__("first", result))
    second.rendered.connect(lambda _id, result: got.__setitem__("second", result))
    first.request("# Eins\n\nAlpha steht hier.\n", None)
    second.request("# Zwei\n\nBeta steht dort.\n", None)
    process = helper._process
    assert process is not None
    qtbot.waitUntil(lambda: len(got) == 2, timeout=60000)
    assert "Alpha" in _html(got["first"]) and "Beta" not in _html(got["first"])
    assert "Beta" in _html(got["second"]) and "Alpha" not in _html(got["second"])
    assert helper._process is process  # one process served both

    # Closing one article leaves the other's previews working; the last one ends the helper.
    first.shutdown()
    got.clear()
    second.request("# Zwei\n\nGamma kommt dazu.\n", None)
    qtbot.waitUntil(lambda: "second" in got, timeout=60000)
    assert "Gamma" in _html(got["second"])
    second.shutdown()
    assert helper._process is None


def test_a_typist_queues_no_stale_work(qtbot) -> None:
    helper = RenderHelper()
    service = RenderService(helper=helper)
    results: list[int] = []
    service.rendered.connect(lambda request_id, _result: results.append(request_id))
    ids = [service.request(f"Absatz {n}\n", None) for n in range(5)]
    qtbot.waitUntil(lambda: ids[-1] in results, timeout=60000)
    assert results == [ids[0], ids[-1]]  # the first was in flight; only the newest waited
    service.shutdown()


def test_a_long_text_reaches_the_helper_while_the_event_loop_is_busy(qtbot) -> None:
    """Opening an article keeps the GUI busy for a second right after the request is
    made; the helper must get the whole text at once and render meanwhile."""
    import os
    import time

    helper = RenderHelper()
    service = RenderService(helper=helper)
    results: list[object] = []
    service.rendered.connect(lambda _id, result: results.append(result))
    text = "".join(f"## Abschnitt {n}\n\nDer Markt öffnet um {n} Uhr, sagt *Jana*.\n\n" for n in range(3000))
    assert len(text.encode()) > 150_000
    service.request(text, None)
    folder = helper._folder
    assert folder is not None
    waiting = set(os.listdir(folder))  # the request's file, until the helper has read it
    # No event loop from here on, as while the editor lays out and colours a long text:
    # the helper still reads the request, renders it and leaves its answer in the folder.
    deadline = time.monotonic() + 60
    while not set(os.listdir(folder)) - waiting:
        assert time.monotonic() < deadline, "the helper never got the text"
        time.sleep(0.05)
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert "Abschnitt 2999" in _html(results[0])
    assert os.listdir(folder) == []  # each file is removed by its reader
    service.shutdown()
    assert not os.path.exists(folder)  # the folder goes with the helper

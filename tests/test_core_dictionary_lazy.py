"""A dictionary is opened at once but read from disk when first used, or on a thread."""

from __future__ import annotations

from editor.core.spelling.dictionaries import open_dictionary


def test_a_dictionary_is_read_when_first_asked() -> None:
    dictionary = open_dictionary("de_DE")
    assert not dictionary.is_loaded
    assert dictionary.check("Haus") and not dictionary.check("Hauss")
    assert dictionary.is_loaded
    assert "Haus" in dictionary.suggest("Hauss")


def test_a_dictionary_read_in_the_background_answers_the_same() -> None:
    dictionary = open_dictionary("de_DE")
    thread = dictionary.load_in_background()
    assert thread is not None
    thread.join(timeout=30)
    assert dictionary.is_loaded
    assert dictionary.load_in_background() is None  # read once
    assert dictionary.check("Straße") and not dictionary.check("Strasse")


def test_a_dictionary_dropped_in_any_thread_is_freed_under_the_enchant_lock() -> None:
    """Garbage collection may free a dictionary while another thread opens one: it waits for the lock."""
    import gc
    import threading

    from editor.core.spelling import dictionaries

    dictionary = open_dictionary("de_DE", dictionaries.new_broker())
    loaded = dictionary.load()
    holder = [dictionary, loaded]
    del dictionary, loaded
    freed = threading.Event()

    def drop() -> None:
        holder.clear()  # the last references: enchant's dictionary is freed here
        gc.collect()
        freed.set()

    with dictionaries._ENCHANT_LOCK:  # as a worker opening its own dictionary would
        dropper = threading.Thread(target=drop)
        dropper.start()
        assert not freed.wait(0.5), "the dictionary was freed while another thread held the lock"
    dropper.join(timeout=10)
    assert freed.is_set()

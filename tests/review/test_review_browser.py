#!/usr/bin/env python3
"""sohoa review in a real browser (headless Chromium, DevTools protocol over
a pipe): open the batch, open the Decree 30 page, select a word with the
mouse, correct it with the keys (e, type, Enter), then check NAME.txt, the
PDF's text layer, ALTO and `sohoa search`; correct a metadata field in the
document view; markup as a file name and as
page text is shown as text and runs nothing (no dialog opens). Saves
batch.png, page.png, editing.png, corrected.png and document.png in
BUILD/tests/review/screenshots for a person to look at (docs/archivists.md
describes them). Exit 77 (skipped) without chromium."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, find_chromium  # noqa: E402
from reviewlib import BUILD, HOSTILE_NAME, Server, check, doc_ids, failures, make_batch, sohoa  # noqa: E402

SHOTS = os.path.join(BUILD, "tests", "review", "screenshots")
NEW = "Trìnhduyệtsửa"


def batch_view(b, srv):
    b.send("Page.navigate", {"url": srv.url + "#/"})
    n = b.wait_for("document.querySelectorAll('#batch tbody tr').length >= 4 && "
                   "document.querySelectorAll('#batch tbody tr').length")
    check(n == 4, f"the batch view lists the 4 documents: {n}")
    names = b.eval("[...document.querySelectorAll('#batch tbody a')].map(a => a.textContent)")
    check(any(x.endswith(HOSTILE_NAME) for x in names or []), "a file name that is markup shows as text")
    check(b.eval("document.querySelectorAll('#batch img').length") == 0, "and makes no element")
    check(not b.eval("location.search.includes('token')"), "the token is taken out of the address bar")
    b.eval("document.querySelector('th[data-key=doubtful]').click()")
    first = b.eval("document.querySelector('#batch tbody tr td:nth-child(6)').textContent")
    check(first is not None, f"sorting by doubtful words: first row has {first}")
    b.screenshot(os.path.join(SHOTS, "batch.png"))


def page_view(b, srv, doc):
    b.eval(f"location.hash = '#/doc/{doc}/page/1'")
    ok = b.wait_for("(() => { const i = document.getElementById('scan-img');"
                    " return i && i.complete && i.naturalWidth > 0 && document.querySelectorAll('.w').length > 50; })()")
    check(bool(ok), "the page view shows the scan and the words")
    nbox = b.eval("document.querySelectorAll('.box').length")
    nword = b.eval("document.querySelectorAll('.w').length")
    check(nbox >= nword > 0, f"a box for every word ({nbox} boxes, {nword} words in the text)")
    check(b.eval("document.querySelectorAll('.box.stamparea').length") == 1, "the stamp is framed")
    b.key("n", "KeyN", 78, "n")
    sel = b.eval("(() => { const s = document.querySelector('.w.sel'); return s && s.id; })()")
    box = b.eval(f"document.getElementById('b{sel[1:]}').classList.contains('sel')" if sel else "false")
    check(bool(sel) and box, f"n selects a doubtful word in the text and its box: {sel}")
    b.screenshot(os.path.join(SHOTS, "page.png"))


def suggestions(b):
    """Editing a word OCR hesitated on offers its other readings."""
    i = b.eval("state.page.rec.words.findIndex(w => (w.role || 'text') === 'text' && (w.symbols || w.raw))")
    if i is None or i < 0:
        check(False, "a word with symbol alternatives or a raw reading on the page")
        return
    b.eval(f"selectWord({i}, true)")
    b.key("e", "KeyE", 69, "e")
    b.wait_for("document.activeElement && document.activeElement.id === 'editor'")
    opts = b.eval("[...document.querySelectorAll('#suggestions option')].map(o => o.value)")
    word = b.eval(f"state.page.rec.words[{i}].text")
    check(bool(opts) and word not in opts, f"the editor offers other readings of {word!r}: {opts}")
    b.key("Escape", "Escape", 27)
    check(b.wait_for("!document.getElementById('editor')"), "Esc closes the editor unchanged")


def correct(b, out, doc):
    # A word of the body, chosen by the mouse.
    rect = b.eval("(() => { const s = [...document.querySelectorAll('#text .w')].find(e => e.textContent === 'Sắp');"
                  " s.scrollIntoView({block: 'center'}); const r = s.getBoundingClientRect();"
                  " return [r.x + r.width / 2, r.y + r.height / 2, s.id]; })()")
    b.click(rect[0], rect[1])
    check(b.eval(f"document.getElementById('{rect[2]}').classList.contains('sel')"), "a click selects the word")
    b.key("e", "KeyE", 69, "e")
    check(b.wait_for("document.activeElement && document.activeElement.id === 'editor'"), "e opens the editor")
    b.send("Input.insertText", {"text": NEW})
    b.screenshot(os.path.join(SHOTS, "editing.png"))
    b.key("Enter", "Enter", 13, "\r")
    saved = b.wait_for("document.getElementById('status').textContent.startsWith('saved')", timeout=30)
    check(bool(saved), "Enter saves: " + str(b.eval("document.getElementById('status').textContent")))
    check(b.eval(f"!!document.querySelector('.w.corrected') && document.querySelector('.w.corrected').textContent === '{NEW}'"),
          "the corrected word is marked in the text")
    check(b.eval("document.getElementById('reviewed').textContent.startsWith('reviewed')"), "the page shows as reviewed")
    b.screenshot(os.path.join(SHOTS, "corrected.png"))
    txt = open(os.path.join(out, "decree30.txt"), encoding="utf-8").read()
    check(NEW in txt, "NAME.txt has the correction")
    raw = subprocess.run(["pdftotext", "-raw", os.path.join(out, "decree30.pdf"), "-"], capture_output=True,
                         text=True).stdout
    check(NEW in raw, "pdftotext of NAME.pdf has it")
    alto = open(os.path.join(out, "decree30.alto.xml"), encoding="utf-8").read()
    check(f'CONTENT="{NEW}"' in alto, "ALTO has it")
    r = sohoa("search", "-o", out, "--json", "trinhduyetsua")
    hits = json.loads(r.stdout)["hits"] if r.returncode == 0 else []
    check(len(hits) == 1, f"sohoa search finds it without marks: {hits}")


def script_text(b, doc):
    """A word corrected to a script tag shows that text and runs nothing."""
    i = b.eval("(() => { const s = [...document.querySelectorAll('#text .w')].find(e => e.textContent === 'Điều');"
               " s.click(); return s.id; })()")
    b.key("e", "KeyE", 69, "e")
    b.wait_for("document.activeElement && document.activeElement.id === 'editor'")
    b.send("Input.insertText", {"text": "<script>alert(1)</script><img src=x onerror=alert(3)>"})
    b.key("Enter", "Enter", 13, "\r")
    b.wait_for("document.getElementById('status').textContent.startsWith('saved')", timeout=30)
    shown = b.eval(f"document.getElementById('{i}').textContent")
    check(shown == "<script>alert(1)</script><img src=x onerror=alert(3)>", f"markup as page text shows as text: {shown}")
    check(b.eval("document.querySelectorAll('#text script, #text img').length") == 0, "and makes no element")
    b.eval("location.reload()")
    b.wait_for("document.querySelectorAll('.w').length > 50")
    check(not b.dialogs(), f"no dialog opened: {b.dialogs()[:1]}")


def doc_view(b, out, doc):
    """The document: metadata, targets, agencies; a metadata field corrected."""
    b.eval(f"location.hash = '#/doc/{doc}'")
    check(bool(b.wait_for("!!document.querySelector('#meta-number button.edit')")), "the document view shows the metadata")
    b.eval("document.querySelector('#meta-number button.edit').click()")
    b.wait_for("document.activeElement && document.activeElement.tagName === 'INPUT'")
    b.eval("document.activeElement.select()")
    b.send("Input.insertText", {"text": "1673/UBTVQH15-KT"})
    b.key("Enter", "Enter", 13, "\r")
    ok = b.wait_for("document.querySelector('#meta-number.corrected span') && "
                    "document.querySelector('#meta-number span').textContent === '1673/UBTVQH15-KT'")
    check(bool(ok), "a metadata field corrected in place is marked")
    js = json.load(open(os.path.join(out, "decree30.json"), encoding="utf-8"))
    check(js["metadata"]["number"] == "1673/UBTVQH15-KT", "NAME.json has it")
    b.screenshot(os.path.join(SHOTS, "document.png"))


def target_link(b, doc):
    """A target's row links to its page with its words marked."""
    b.eval(f"location.hash = '#/doc/{doc}'")
    href = b.wait_for("(() => { const a = [...document.querySelectorAll('table a')].find(x => x.href.includes('/span/'));"
                      " return a && a.getAttribute('href'); })()")
    check(bool(href), f"a target links to where it is: {href}")
    if href:
        b.eval(f"location.hash = '{href}'")
        n = b.wait_for("document.querySelectorAll('.w.hl').length")
        boxes = b.eval("document.querySelectorAll('.box.hl').length")
        check(bool(n) and n == boxes, f"its words are marked in the text and on the scan: {n} {boxes}")
        links = b.eval("[!!document.getElementById('prevpage'), !!document.getElementById('nextpage'),"
                       " document.querySelector('.pager strong').textContent]")
        check(links == [False, False, "page 1 of 1"], f"page 1 of 1 links to no other page: {links}")


def pager(b, doc):
    """Page 1 of a two-page document links to the next page only."""
    b.eval(f"location.hash = '#/doc/{doc}/page/1'")
    # the view before (a one-page document) is still on screen for a moment
    b.wait_for("document.querySelector('.pager strong') && "
               "document.querySelector('.pager strong').textContent.endsWith(' of 2')")
    links = b.eval("[!!document.getElementById('prevpage'), !!document.getElementById('nextpage'),"
                   " document.querySelector('.pager strong').textContent]")
    check(links == [False, True, "page 1 of 2"], f"page 1 of 2 links to the next page only: {links}")


def main():
    if not find_chromium():
        print("no chromium: skipped")
        sys.exit(77)
    os.makedirs(SHOTS, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="sohoa-review-browser-")
    srv = b = None
    try:
        inp, out = make_batch(tmp, with_target=True)
        srv = Server(out)
        doc = doc_ids(srv)["decree30.png"]
        b = Browser()
        b.open()
        batch_view(b, srv)
        page_view(b, srv, doc)
        suggestions(b)
        correct(b, out, doc)
        script_text(b, doc)
        doc_view(b, out, doc)
        target_link(b, doc_ids(srv)["target.png"])
        pager(b, doc_ids(srv)["multi.tif"])
    finally:
        if b:
            b.close()
        if srv:
            srv.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots in {SHOTS}")
    print(f"review-browser: {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

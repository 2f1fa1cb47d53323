/* Progress display and event log. */
#include "batch/progress.h"

#include <string.h>
#include <time.h>

#include "common/json.h"

double progress_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

void progress_init(progress *p, progress_mode mode, int docs_total)
{
    memset(p, 0, sizeof *p);
    p->mode = mode;
    p->out = stdout;
    p->t0 = progress_now();
    p->docs_total = docs_total;
}

double progress_pages_per_minute(const progress *p)
{
    double el = progress_now() - p->t0;
    return el > 0 ? (p->pages_done + p->pages_failed) * 60.0 / el : 0;
}

static void clear_line(progress *p)
{
    if (p->mode == PROGRESS_TTY && p->drawn) {
        fputs("\r\033[K", p->out);
        p->drawn = 0;
    }
}

/* Emit one JSON event: writer already holds the object's fields. */
static void emit(progress *p, json_writer *w)
{
    json_end_object(w);
    if (json_ok(w)) {
        fwrite(w->out.buf, 1, w->out.len, p->out);
        fputc('\n', p->out);
        fflush(p->out);
    }
    json_free(w);
}

static void event(json_writer *w, const char *name)
{
    json_init(w, 0);
    json_begin_object(w);
    json_key(w, "event");
    json_string(w, name);
    json_key(w, "time");
    json_number(w, (double)time(NULL));
}

void progress_start(progress *p, int workers, const char *outdir)
{
    if (p->mode == PROGRESS_JSON) {
        json_writer w;
        event(&w, "start");
        json_key(&w, "inputs");
        json_int(&w, p->docs_total);
        json_key(&w, "workers");
        json_int(&w, workers);
        json_key(&w, "outdir");
        json_string(&w, outdir);
        emit(p, &w);
    } else if (p->mode == PROGRESS_LOG) {
        fprintf(p->out, "sohoa run: %d inputs, %d workers, outputs in %s\n", p->docs_total,
                workers, outdir);
        fflush(p->out);
    }
}

void progress_skip(progress *p, const char *input, const char *why)
{
    p->docs_skipped++;
    if (p->mode == PROGRESS_JSON) {
        json_writer w;
        event(&w, "skip");
        json_key(&w, "input");
        json_string(&w, input);
        json_key(&w, "reason");
        json_string(&w, why);
        emit(p, &w);
    } else if (p->mode == PROGRESS_LOG) {
        fprintf(p->out, "skip %s (%s)\n", input, why);
        fflush(p->out);
    }
    progress_tick(p, 0);
}

void progress_page(progress *p, const char *input, int page, int ok, double seconds,
                   const char *error)
{
    if (ok)
        p->pages_done++;
    else
        p->pages_failed++;
    if (p->mode == PROGRESS_JSON) {
        json_writer w;
        event(&w, "page");
        json_key(&w, "input");
        json_string(&w, input);
        json_key(&w, "page");
        json_int(&w, page);
        json_key(&w, "status");
        json_string(&w, ok ? "done" : "failed");
        json_key(&w, "seconds");
        json_number(&w, (double)(long)(seconds * 1000) / 1000);
        json_key(&w, "error");
        json_string(&w, error);
        emit(p, &w);
    }
    progress_tick(p, 0);
}

void progress_document(progress *p, const char *input, const char *status, int pages,
                       double seconds, const char *txt, const char *error)
{
    if (!strcmp(status, "done"))
        p->docs_done++;
    else
        p->docs_failed++;
    if (p->mode == PROGRESS_JSON) {
        json_writer w;
        event(&w, "document");
        json_key(&w, "input");
        json_string(&w, input);
        json_key(&w, "status");
        json_string(&w, status);
        json_key(&w, "pages");
        json_int(&w, pages);
        json_key(&w, "seconds");
        json_number(&w, (double)(long)(seconds * 1000) / 1000);
        json_key(&w, "txt");
        json_string(&w, txt);
        json_key(&w, "error");
        json_string(&w, error);
        emit(p, &w);
    } else if (p->mode == PROGRESS_LOG) {
        fprintf(p->out, "%s %s (%d page%s, %.1f s)%s%s\n", status, input, pages, pages == 1 ? "" : "s", seconds,
                error ? ": " : "", error ? error : "");
        fflush(p->out);
    }
    progress_tick(p, 0);
}

void progress_tick(progress *p, int force)
{
    if (p->mode != PROGRESS_TTY)
        return;
    double now = progress_now();
    if (!force && now - p->last_draw < 0.25)
        return;
    p->last_draw = now;
    int docs = p->docs_done + p->docs_skipped + p->docs_failed;
    int pages = p->pages_done + p->pages_failed;
    double ppm = progress_pages_per_minute(p);
    /* Pages still to do: what the opened documents have left plus the
     * unopened documents at the average page count seen so far. */
    double avg = p->docs_opened ? (double)p->pages_known / p->docs_opened : 1;
    double left = (p->pages_known - pages) + (p->docs_total - docs - (p->docs_opened - docs)) * avg;
    if (left < 0)
        left = 0;
    char eta[32] = "--";
    if (ppm > 0 && pages > 0) {
        long s = (long)(left / ppm * 60);
        if (s >= 3600)
            snprintf(eta, sizeof eta, "%ldh%02ldm", s / 3600, s / 60 % 60);
        else
            snprintf(eta, sizeof eta, "%ldm%02lds", s / 60, s % 60);
    }
    fprintf(p->out, "\r\033[Kdocs %d/%d  pages %d/%d  %.1f pages/min  ETA %s  failures %d",
            docs, p->docs_total, pages, p->pages_known, ppm, eta,
            p->docs_failed + p->pages_failed);
    fflush(p->out);
    p->drawn = 1;
}

void progress_end(progress *p, const char *status)
{
    double el = progress_now() - p->t0;
    if (p->mode == PROGRESS_TTY) {
        progress_tick(p, 1);
        fputc('\n', p->out);
        p->drawn = 0;
    }
    if (p->mode == PROGRESS_JSON) {
        json_writer w;
        event(&w, "end");
        json_key(&w, "status");
        json_string(&w, status);
        json_key(&w, "docs_done");
        json_int(&w, p->docs_done);
        json_key(&w, "docs_skipped");
        json_int(&w, p->docs_skipped);
        json_key(&w, "docs_failed");
        json_int(&w, p->docs_failed);
        json_key(&w, "pages_done");
        json_int(&w, p->pages_done);
        json_key(&w, "pages_failed");
        json_int(&w, p->pages_failed);
        json_key(&w, "seconds");
        json_number(&w, (double)(long)(el * 1000) / 1000);
        json_key(&w, "pages_per_minute");
        json_number(&w, (double)(long)(progress_pages_per_minute(p) * 10) / 10);
        emit(p, &w);
    } else if (p->mode != PROGRESS_QUIET) {
        fprintf(p->out, "%s: %d done, %d skipped (already done), %d failed; %d pages in %.1f s (%.1f pages/min)\n",
                status, p->docs_done, p->docs_skipped, p->docs_failed,
                p->pages_done + p->pages_failed, el, progress_pages_per_minute(p));
        fflush(p->out);
    }
}

void progress_error(progress *p, const char *input, int page, const char *error)
{
    clear_line(p);
    /* Page errors already name their page. */
    fprintf(stderr, "sohoa: %s: %s\n", input, error);
    if (p->mode == PROGRESS_JSON) {
        json_writer w;
        event(&w, "error");
        json_key(&w, "input");
        json_string(&w, input);
        json_key(&w, "page");
        if (page > 0)
            json_int(&w, page);
        else
            json_null(&w);
        json_key(&w, "error");
        json_string(&w, error);
        emit(p, &w);
    }
}

void progress_note(progress *p, const char *msg)
{
    clear_line(p);
    fprintf(stderr, "sohoa: %s\n", msg);
}

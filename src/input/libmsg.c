/* Library messages tied to a file and page (see libmsg.h). */
#include "input/libmsg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <poppler.h>
#include <tiffio.h>

/* The scope this thread is reading in, NULL outside any. */
static _Thread_local libmsg_scope *current;

void libmsg_enter(libmsg_scope *s, const char *file, int page)
{
    memset(s, 0, sizeof *s);
    s->file = file;
    s->page = page;
    s->outer = current;
    s->silent = current && current->silent;
    current = s;
}

void libmsg_leave(libmsg_scope *s)
{
    if (current == s)
        current = s->outer;
}

enum { SAY_WARNING, SAY_ERROR, SAY_IMAGE_ERROR };

static void say(const char *lib, int kind, const char *msg)
{
    int is_error = kind != SAY_WARNING;
    char line[512];
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r' || msg[n - 1] == ' '))
        n--;
    snprintf(line, sizeof line, "%s%s: %.*s", lib, is_error ? "" : " warning", (int)n, msg);
    libmsg_scope *s = current;
    /* One fprintf per line, so lines of two workers do not interleave. */
    if (s && s->silent)
        ;
    else if (s && s->page > 0)
        fprintf(stderr, "sohoa: %s: page %d: %s\n", s->file, s->page, line);
    else if (s)
        fprintf(stderr, "sohoa: %s: %s\n", s->file, line);
    else
        fprintf(stderr, "sohoa: %s\n", line);
    if (s && is_error && s->errors++ == 0)
        snprintf(s->first, sizeof s->first, "%.*s", (int)sizeof s->first - 1, line);
    if (s && kind == SAY_IMAGE_ERROR && s->image_errors++ == 0)
        snprintf(s->first_image, sizeof s->first_image, "%.*s", (int)sizeof s->first_image - 1,
                 line);
    if (s && is_error && s->hear)
        s->hear(s->user, msg);
}

void libmsg_report(const char *lib, int is_error, const char *msg)
{
    say(lib, is_error ? SAY_IMAGE_ERROR : SAY_WARNING, msg);
}

/* Poppler's image decoders (DCT, JPX, JBIG2, CCITTFax, Flate, LZW) and
 * the libraries under them (libjpeg, OpenJPEG) speak of their format or
 * of what they found in the data; libjpeg's and OpenJPEG's words reach us
 * as internal errors. Fonts, annotations and content-stream operators do
 * not use these words. */
int libmsg_poppler_image_error(int category, const char *msg)
{
    static const char *const words[] = {
        "jpeg", "dct", "jpx", "jpeg2000", "openjpeg", "jbig2", "ccitt", "flate", "lzw",
        "runlength", "image", "huffman", "marker", "quantization", "premature end",
        "unknown filter", "unknown compression",
    };
    if (category == 7)
        return 1;
    char low[256];
    size_t n = 0;
    for (; msg[n] && n < sizeof low - 1; n++)
        low[n] = (char)(msg[n] >= 'A' && msg[n] <= 'Z' ? msg[n] + 32 : msg[n]);
    low[n] = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(low, words[i]))
            return 1;
    return 0;
}

/* poppler's error callback is a C++ function, setErrorCallback(void
 * (*)(ErrorCategory, Goffset, const char *)), and its header (Error.h) is
 * not installed by Debian's libpoppler-dev: declared here by its mangled
 * name. meson.build checks that it links, so a poppler that changed it
 * fails the build rather than silently losing the messages. */
typedef void (*poppler_error_fn)(int category, long long pos, const char *msg);
extern void poppler_set_error_callback(poppler_error_fn fn)
    __asm__("_Z16setErrorCallbackPFv13ErrorCategoryxPKcE");

/* poppler's ErrorCategory: syntax warning 0, syntax error 1, config 2,
 * command line 3, I/O 4, not allowed 5, unimplemented 6, internal 7. */
static void on_poppler(int category, long long pos, const char *msg)
{
    (void)pos;
    int is_error = category == 1 || category == 4 || category == 6 || category == 7;
    say("poppler", !is_error ? SAY_WARNING
                   : libmsg_poppler_image_error(category, msg) ? SAY_IMAGE_ERROR : SAY_ERROR, msg);
}

/* libtiff (under leptonica). */
static void tiff_say(int is_error, const char *module, const char *fmt, va_list ap)
{
    char buf[400];
    int n = module ? snprintf(buf, sizeof buf, "%s: ", module) : 0;
    if (n < 0 || (size_t)n >= sizeof buf)
        n = 0;
    vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    libmsg_report("libtiff", is_error, buf);
}

static void on_tiff_error(const char *module, const char *fmt, va_list ap)
{
    tiff_say(1, module, fmt, ap);
}

static void on_tiff_warning(const char *module, const char *fmt, va_list ap)
{
    tiff_say(0, module, fmt, ap);
}

/* Leptonica's own messages: libmsg_install sets its severity to none, so
 * this hears only what a caller asks for with a lower severity. */
static void on_leptonica(const char *msg)
{
    libmsg_report("leptonica", 0, msg);
}

/* GLib's log (poppler-glib's and cairo's g_warning): "Poppler-WARNING **"
 * lines without a file otherwise. */
static void on_glib(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer user)
{
    (void)user;
    if (level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
        return;
    char lib[64];
    snprintf(lib, sizeof lib, "%s", domain ? domain : "glib");
    say(lib, level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL) ? SAY_ERROR : SAY_WARNING, msg);
}

/* poppler-glib sets its own (silent) error callback whenever its first
 * document opens, and forgets it when the last one closes; a tiny document
 * held open for the whole run keeps ours in place. */
struct libmsg_handle {
    PopplerDocument *pin;
};

static const char tiny_pdf[] =
    "%PDF-1.0\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/MediaBox[0 0 3 3]/Parent 2 0 R>>endobj\n"
    "trailer<</Root 1 0 R>>\n%%EOF\n";

void libmsg_uninstall(libmsg_handle *h)
{
    if (!h)
        return;
    if (h->pin)
        g_object_unref(h->pin);
    free(h);
}

libmsg_handle *libmsg_install(void)
{
    libmsg_handle *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    GBytes *b = g_bytes_new_static(tiny_pdf, sizeof tiny_pdf - 1);
    h->pin = poppler_document_new_from_bytes(b, NULL, NULL);
    g_bytes_unref(b);
    poppler_set_error_callback(on_poppler);
    TIFFSetErrorHandler(on_tiff_error);
    TIFFSetWarningHandler(on_tiff_warning);
    leptSetStderrHandler(on_leptonica);
    /* Leptonica's "Info in pixRotate: 1 bpp; rotate by shear" and its
     * warnings on files sohoa reports itself, by name, would reach the
     * terminal once a page, bare, from every page worker (each process
     * installs this): none of its own messages are wanted. */
    setMsgSeverity(L_SEVERITY_NONE);
    g_log_set_default_handler(on_glib, NULL);
    return h;
}

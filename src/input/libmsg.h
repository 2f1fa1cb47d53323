/*
 * libmsg.h: what poppler, libtiff, libpng, leptonica and GLib have to say, tied to
 * the file and page being read. Left alone they print bare lines on stderr
 * ("Syntax Error: Could not find start of jpeg data", "libpng error: Read
 * Error") that name neither, and poppler goes on to render a blank page as
 * if nothing had happened. Here every message is printed as
 * "sohoa: FILE: page N: poppler: ..." and the errors are counted in the
 * scope of the read, so the caller can fail the page with the reason.
 *
 * A scope is opened by the thread that calls the library, around the call;
 * the libraries' handlers take no user pointer, so the handler finds the
 * scope through a thread-local pointer (the only state here, and it lives
 * only while the scope is open).
 */
#ifndef SOHOA_INPUT_LIBMSG_H
#define SOHOA_INPUT_LIBMSG_H

typedef struct libmsg_scope {
    const char *file;           /* the input as the user named it */
    int page;                   /* 1-based; 0 while the file as a whole is read */
    int errors;                 /* error messages heard (warnings not counted) */
    char first[240];            /* the first error, "poppler: ..." */
    /* Of those, the ones that say an image could not be decoded: every
     * error of libpng, libtiff and the image readers; poppler's when they
     * come from an image decoder (a scanned PDF page with a damaged font or
     * annotation is still its image). */
    int image_errors;
    char first_image[240];
    /* Counted and heard, not printed: the file was opened, and what the
     * libraries said about it printed, by another process of the run.
     * Nested scopes inherit it. */
    int silent;
    struct libmsg_scope *outer; /* the scope this one is nested in */
    /* Optional: shown every error message as the library wrote it (pdf.c
     * reads poppler's page-tree complaints to know which page is lost). */
    void (*hear)(void *user, const char *msg);
    void *user;
} libmsg_scope;

/* Route the libraries' messages through here; once, before any thread
 * starts (the handlers are process-wide settings of the libraries), and
 * keep the handle until the last file is closed. */
typedef struct libmsg_handle libmsg_handle;
libmsg_handle *libmsg_install(void);
void libmsg_uninstall(libmsg_handle *h);

void libmsg_enter(libmsg_scope *s, const char *file, int page);
void libmsg_leave(libmsg_scope *s);

/* A message heard in the current scope (or none): printed with its file
 * and page; counted as an error of the scope, and an image error, when
 * is_error. Also used for the messages of the image readers (libpng's,
 * which image.c catches itself, and sohoa's own). */
void libmsg_report(const char *lib, int is_error, const char *msg);

/* Does this poppler error come from an image decoder (its words)? */
int libmsg_poppler_image_error(int category, const char *msg);

#endif

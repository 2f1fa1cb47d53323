/*
 * mets.h: the METS 1.12.1 document of one archival package (sohoa package).
 *
 * A package is the unit an archive's ingest takes (TT 05/2025/TT-BNV asks
 * for the files, their metadata and checksums together): the master image or
 * source PDF, the searchable PDF/A, one ALTO file per page, NAME.txt and
 * NAME.json. Its METS.xml says what each file is and proves it unchanged
 * later (size and SHA-256 in the file section), how pages map to the master
 * and to their ALTO (physical structure map), how the document is built
 * (logical structure map from the segmentation), what it is (descriptive
 * metadata: Dublin Core and the EAD_doc fields of TT 05/2025) and what was
 * done to it (PREMIS events in the administrative section).
 *
 * This file only writes XML from plain values; gathering them is
 * batch/package.c's job.
 */
#ifndef SOHOA_ARCHIVE_METS_H
#define SOHOA_ARCHIVE_METS_H

#include <stddef.h>

typedef struct {
    const char *id;             /* XML ID: "MASTER", "PDF", "ALTO_0001", "TEXT", "RECORD" */
    const char *use;            /* fileGrp USE: "MASTER", "PDF", "ALTO", "TEXT", "RECORD" */
    const char *href;           /* path relative to the package folder */
    const char *mime;
    long long size;
    char sha256[65];
} mets_file;

typedef struct {
    int order;                  /* 1-based page of the document */
    int source_page;            /* 1-based page of the master it was read from */
    int width, height;          /* pixels of the master's page (0: unknown) */
    const char *alto_id;        /* the page's ALTO file, or NULL (failed page) */
} mets_page;

/* One division of the logical structure: the header, each top-level
 * section, the signature block. */
typedef struct {
    const char *type;           /* "header", "section", "signature", "attachment" */
    const char *label;          /* "Điều 1.", "I. MỤC TIÊU", or NULL */
    int page;                   /* 1-based page where it starts (0: unknown) */
} mets_div;

/* A PREMIS event of the processing history. */
typedef struct {
    const char *type;           /* PREMIS event type: "digitization", "ocr", ... */
    const char *when;           /* ISO 8601 date-time */
    const char *detail;         /* what was done, with which software and options */
    const char *outcome;        /* "success", "failure", or NULL */
    const char *outcome_note;   /* details of the outcome (the repairs made), or NULL */
    const char *agent;          /* "sohoa 0.1.0", "tesseract 5.3.0 vie" */
} mets_event;

/* A descriptive field (Dublin Core or EAD_doc name and value). */
typedef struct {
    const char *name;
    const char *value;
} mets_field;

typedef struct {
    const char *objid;          /* the document: "sha256:<of the master>" */
    const char *label;          /* its title, or its file name */
    const char *created;        /* when the package was made, ISO 8601 */
    const char *software;       /* "sohoa 0.1.0" */
    const mets_field *dc;       /* Dublin Core elements (name without "dc:") */
    size_t ndc;
    const mets_field *ead;      /* EAD_doc fields of TT 05/2025 */
    size_t nead;
    const mets_file *files;
    size_t nfiles;
    const char *master_id;      /* the master's file ID */
    const char *pdf_id;         /* NAME.pdf's file ID, or NULL */
    const mets_page *pages;
    size_t npages;
    const mets_div *divs;
    size_t ndivs;
    const mets_event *events;
    size_t nevents;
} mets_doc;

/* The METS document as a NUL-terminated malloc'd string (*len without the
 * NUL), or NULL when out of memory. */
char *mets_xml(const mets_doc *d, size_t *len);

#endif

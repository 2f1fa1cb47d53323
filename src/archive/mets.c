/*
 * mets.c: METS 1.12.1 of one package, sections in the order the schema
 * requires (header, descriptive, administrative, files, structure maps).
 * Every value goes through sb_xml: file names and OCR'd titles may hold
 * anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive/mets.h"
#include "common/sbuf.h"

static void attr(sbuf *b, const char *name, const char *value)
{
    if (!value)
        return;
    sb_printf(b, " %s=\"", name);
    sb_xml(b, value);
    sb_putc(b, '"');
}

static void element(sbuf *b, const char *indent, const char *name, const char *value)
{
    if (!value)
        return;
    sb_printf(b, "%s<%s>", indent, name);
    sb_xml(b, value);
    sb_printf(b, "</%s>\n", name);
}

static void header(sbuf *b, const mets_doc *d)
{
    sb_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<mets:mets xmlns:mets=\"http://www.loc.gov/METS/\""
               " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
               " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
               " xmlns:premis=\"http://www.loc.gov/premis/v3\""
               " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
               " xsi:schemaLocation=\"http://www.loc.gov/METS/"
               " http://www.loc.gov/standards/mets/version1121/mets.xsd\"");
    attr(b, "OBJID", d->objid);
    attr(b, "LABEL", d->label);
    sb_puts(b, " TYPE=\"document\">\n <mets:metsHdr");
    attr(b, "CREATEDATE", d->created);
    sb_puts(b, ">\n  <mets:agent ROLE=\"CREATOR\" TYPE=\"OTHER\" OTHERTYPE=\"SOFTWARE\">\n");
    element(b, "   ", "mets:name", d->software);
    sb_puts(b, "  </mets:agent>\n </mets:metsHdr>\n");
}

/* Dublin Core, and the EAD_doc fields under their own names: the names of
 * TT 05/2025 are not Dublin Core, so they go in a section of type OTHER. */
static void descriptive(sbuf *b, const mets_doc *d)
{
    sb_puts(b, " <mets:dmdSec ID=\"DMD_DC\">\n  <mets:mdWrap MDTYPE=\"DC\">\n   <mets:xmlData>\n");
    for (size_t i = 0; i < d->ndc; i++) {
        char name[64];
        snprintf(name, sizeof name, "dc:%s", d->dc[i].name);
        element(b, "    ", name, d->dc[i].value);
    }
    sb_puts(b, "   </mets:xmlData>\n  </mets:mdWrap>\n </mets:dmdSec>\n");
    sb_puts(b, " <mets:dmdSec ID=\"DMD_EAD\">\n"
               "  <mets:mdWrap MDTYPE=\"OTHER\" OTHERMDTYPE=\"EAD_doc\""
               " LABEL=\"TT 05/2025/TT-BNV\">\n   <mets:xmlData>\n    <EAD_doc>\n");
    for (size_t i = 0; i < d->nead; i++)
        element(b, "     ", d->ead[i].name, d->ead[i].value);
    sb_puts(b, "    </EAD_doc>\n   </mets:xmlData>\n  </mets:mdWrap>\n </mets:dmdSec>\n");
}

static void event(sbuf *b, const mets_event *e, size_t i)
{
    sb_printf(b, "  <mets:digiprovMD ID=\"EVENT_%zu\">\n"
                 "   <mets:mdWrap MDTYPE=\"PREMIS:EVENT\">\n    <mets:xmlData>\n"
                 "     <premis:event>\n"
                 "      <premis:eventIdentifier>\n"
                 "       <premis:eventIdentifierType>local</premis:eventIdentifierType>\n"
                 "       <premis:eventIdentifierValue>EVENT_%zu</premis:eventIdentifierValue>\n"
                 "      </premis:eventIdentifier>\n", i + 1, i + 1);
    element(b, "      ", "premis:eventType", e->type);
    element(b, "      ", "premis:eventDateTime", e->when);
    if (e->detail) {
        sb_puts(b, "      <premis:eventDetailInformation>\n");
        element(b, "       ", "premis:eventDetail", e->detail);
        sb_puts(b, "      </premis:eventDetailInformation>\n");
    }
    if (e->outcome) {
        sb_puts(b, "      <premis:eventOutcomeInformation>\n");
        element(b, "       ", "premis:eventOutcome", e->outcome);
        if (e->outcome_note) {
            sb_puts(b, "       <premis:eventOutcomeDetail>\n");
            element(b, "        ", "premis:eventOutcomeDetailNote", e->outcome_note);
            sb_puts(b, "       </premis:eventOutcomeDetail>\n");
        }
        sb_puts(b, "      </premis:eventOutcomeInformation>\n");
    }
    if (e->agent) {
        sb_puts(b, "      <premis:linkingAgentIdentifier>\n"
                   "       <premis:linkingAgentIdentifierType>software</premis:linkingAgentIdentifierType>\n");
        element(b, "       ", "premis:linkingAgentIdentifierValue", e->agent);
        sb_puts(b, "      </premis:linkingAgentIdentifier>\n");
    }
    sb_puts(b, "     </premis:event>\n    </mets:xmlData>\n   </mets:mdWrap>\n  </mets:digiprovMD>\n");
}

static void administrative(sbuf *b, const mets_doc *d)
{
    if (!d->nevents)
        return;
    sb_puts(b, " <mets:amdSec ID=\"AMD\">\n");
    for (size_t i = 0; i < d->nevents; i++)
        event(b, &d->events[i], i);
    sb_puts(b, " </mets:amdSec>\n");
}

/* One fileGrp per USE, in the order the files come. */
static void files(sbuf *b, const mets_doc *d)
{
    sb_puts(b, " <mets:fileSec>\n");
    for (size_t i = 0; i < d->nfiles; i++) {
        const char *use = d->files[i].use;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = !strcmp(d->files[j].use, use);
        if (seen)
            continue;
        sb_puts(b, "  <mets:fileGrp");
        attr(b, "USE", use);
        sb_puts(b, ">\n");
        for (size_t j = i; j < d->nfiles; j++) {
            const mets_file *f = &d->files[j];
            if (strcmp(f->use, use))
                continue;
            sb_puts(b, "   <mets:file");
            attr(b, "ID", f->id);
            attr(b, "MIMETYPE", f->mime);
            sb_printf(b, " SIZE=\"%lld\" CHECKSUM=\"%s\" CHECKSUMTYPE=\"SHA-256\">\n", f->size,
                      f->sha256);
            sb_puts(b, "    <mets:FLocat LOCTYPE=\"URL\"");
            attr(b, "xlink:href", f->href);
            sb_puts(b, "/>\n   </mets:file>\n");
        }
        sb_puts(b, "  </mets:fileGrp>\n");
    }
    sb_puts(b, " </mets:fileSec>\n");
}

/* Pages in order: each points at its region of the master (the whole page
 * image; ORDERLABEL is the master's own page number when it holds several)
 * and at its ALTO file. The PDF holds every page, in the same order. */
static void physical(sbuf *b, const mets_doc *d)
{
    sb_puts(b, " <mets:structMap TYPE=\"PHYSICAL\">\n  <mets:div TYPE=\"physSequence\">\n");
    if (d->pdf_id) {
        sb_puts(b, "   <mets:fptr");
        attr(b, "FILEID", d->pdf_id);
        sb_puts(b, "/>\n");
    }
    for (size_t i = 0; i < d->npages; i++) {
        const mets_page *p = &d->pages[i];
        sb_printf(b, "   <mets:div TYPE=\"page\" ID=\"PAGE_%04d\" ORDER=\"%d\" ORDERLABEL=\"%d\">\n",
                  p->order, p->order, p->source_page);
        sb_puts(b, "    <mets:fptr><mets:area");
        attr(b, "FILEID", d->master_id);
        if (p->width > 0 && p->height > 0)
            sb_printf(b, " SHAPE=\"RECT\" COORDS=\"0,0,%d,%d\"", p->width, p->height);
        sb_puts(b, "/></mets:fptr>\n");
        if (p->alto_id) {
            sb_puts(b, "    <mets:fptr");
            attr(b, "FILEID", p->alto_id);
            sb_puts(b, "/>\n");
        }
        sb_puts(b, "   </mets:div>\n");
    }
    sb_puts(b, "  </mets:div>\n </mets:structMap>\n");
}

static const char *alto_of_page(const mets_doc *d, int page)
{
    for (size_t i = 0; i < d->npages; i++)
        if (d->pages[i].order == page)
            return d->pages[i].alto_id;
    return NULL;
}

/* The document as segmentation read it; each part points at the ALTO of
 * the page it starts on. */
static void logical(sbuf *b, const mets_doc *d)
{
    sb_puts(b, " <mets:structMap TYPE=\"LOGICAL\">\n  <mets:div TYPE=\"document\""
               " DMDID=\"DMD_DC DMD_EAD\"");
    if (d->nevents)
        sb_puts(b, " ADMID=\"AMD\"");
    attr(b, "LABEL", d->label);
    sb_puts(b, ">\n");
    for (size_t i = 0; i < d->ndivs; i++) {
        const mets_div *v = &d->divs[i];
        sb_printf(b, "   <mets:div ID=\"LOG_%04zu\" ORDER=\"%zu\"", i + 1, i + 1);
        attr(b, "TYPE", v->type);
        attr(b, "LABEL", v->label);
        const char *alto = alto_of_page(d, v->page);
        if (!alto) {
            sb_puts(b, "/>\n");
            continue;
        }
        sb_puts(b, ">\n    <mets:fptr><mets:area");
        attr(b, "FILEID", alto);
        sb_puts(b, "/></mets:fptr>\n   </mets:div>\n");
    }
    sb_puts(b, "  </mets:div>\n </mets:structMap>\n");
}

char *mets_xml(const mets_doc *d, size_t *len)
{
    sbuf b = {0};
    header(&b, d);
    descriptive(&b, d);
    administrative(&b, d);
    files(&b, d);
    physical(&b, d);
    logical(&b, d);
    sb_puts(&b, "</mets:mets>\n");
    if (b.failed) {
        sb_free(&b);
        return NULL;
    }
    return sb_take(&b, len);
}

/*
 * pdfdoc.c: the searchable PDF document from its page parts: fonts, pages,
 * and for PDF/A-2b the XMP metadata, the sRGB output intent and the ID.
 * Written in one pass (objects are numbered as they come, the page tree
 * last), streaming one page part at a time.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "archive/pdf.h"
#include "archive/pdfpart.h"
#include "common/sbuf.h"
#include "common/atomicfile.h"

/* ---- where things are on a Debian system ------------------------------ */

/* The first of n paths that can be read, or NULL. */
static const char *first_readable(const char *const *paths, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (access(paths[i], R_OK) == 0)
            return paths[i];
    return NULL;
}

const char *pdf_default_font(void)
{
    static const char *const paths[] = {
        "/usr/share/tesseract-ocr/5/tessdata/pdf.ttf",
        "/usr/share/tesseract-ocr/4.00/tessdata/pdf.ttf",
        "/usr/share/tessdata/pdf.ttf",
    };
    return first_readable(paths, sizeof paths / sizeof paths[0]);
}

const char *pdf_default_icc(void)
{
    static const char *const paths[] = {
        "/usr/share/color/icc/ghostscript/srgb.icc",
        "/usr/share/color/icc/colord/sRGB.icc",
        "/usr/share/ghostscript/10.00.0/iccprofiles/srgb.icc",
    };
    return first_readable(paths, sizeof paths / sizeof paths[0]);
}

void pdf_doc_options_init(pdf_doc_options *o)
{
    memset(o, 0, sizeof *o);
    o->pdfa = 1;
}

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 65536;
            unsigned char *b = realloc(buf, cap);
            if (!b) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = b;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad || n == 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* ---- the writer -------------------------------------------------------- */

typedef struct {
    FILE *fp;
    long *offsets;          /* per object number */
    int nobj, cap;
    uint64_t h1, h2;        /* running hashes of the body: the document ID */
} pdfw;

static void hash(pdfw *w, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        w->h1 = (w->h1 ^ p[i]) * 0x100000001b3ULL;
        w->h2 = (w->h2 ^ p[i]) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    }
}

static void out(pdfw *w, const void *data, size_t n)
{
    fwrite(data, 1, n, w->fp);
    hash(w, data, n);
}

static void outs(pdfw *w, const char *s)
{
    out(w, s, strlen(s));
}

static void outf(pdfw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void outf(pdfw *w, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        out(w, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static int new_obj(pdfw *w)
{
    if (w->nobj + 1 >= w->cap) {
        int cap = w->cap ? w->cap * 2 : 64;
        long *o = realloc(w->offsets, sizeof *o * (size_t)cap);
        if (!o)
            return -1;
        for (int i = w->cap; i < cap; i++)
            o[i] = 0;
        w->offsets = o;
        w->cap = cap;
    }
    return ++w->nobj;
}

static void begin_obj(pdfw *w, int n)
{
    w->offsets[n] = ftell(w->fp);
    outf(w, "%d 0 obj\n", n);
}

/* A stream object: dict entries (without Length) then data. */
static void stream_obj(pdfw *w, int n, const char *dict, const void *data, size_t len)
{
    begin_obj(w, n);
    outf(w, "<< %s /Length %zu >>\nstream\n", dict, len);
    out(w, data, len);
    outs(w, "\nendstream\nendobj\n");
}

static int deflate_obj(pdfw *w, int n, const char *dict, const void *data, size_t len)
{
    uLongf zlen = compressBound(len);
    unsigned char *z = malloc(zlen);
    if (!z || compress2(z, &zlen, data, len, 9) != Z_OK) {
        free(z);
        return -1;
    }
    char d[512];
    snprintf(d, sizeof d, "%s%s/Filter /FlateDecode", dict, dict[0] ? " " : "");
    stream_obj(w, n, d, z, zlen);
    free(z);
    return 0;
}

/* ToUnicode: every BMP code is its own character (ranges of at most 256
 * codes that do not cross a high byte, as the CMap rules want; the
 * surrogate block is left out), plus the page's codes for characters
 * beyond the BMP, as UTF-16 surrogate pairs. */
static void tounicode(sbuf *b, const pdf_part *page)
{
    sb_puts(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
               "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
               "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int hi[256], nh = 0;
    for (int h = 0; h < 256; h++)
        if (h < 0xD8 || h > 0xDF)
            hi[nh++] = h;
    for (int i = 0; i < nh; i += 100) {
        int n = nh - i < 100 ? nh - i : 100;
        sb_printf(b, "%d beginbfrange\n", n);
        for (int k = i; k < i + n; k++)
            sb_printf(b, "<%02X00> <%02XFF> <%02X00>\n", hi[k], hi[k], hi[k]);
        sb_puts(b, "endbfrange\n");
    }
    for (int i = 0; page && i < page->nnonbmp; i += 100) {
        int n = page->nnonbmp - i < 100 ? page->nnonbmp - i : 100;
        sb_printf(b, "%d beginbfchar\n", n);
        for (int k = i; k < i + n; k++) {
            uint32_t v = page->nonbmp[k] - 0x10000;
            sb_printf(b, "<%04X> <%04X%04X>\n", 0xD800 + k, 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
        }
        sb_puts(b, "endbfchar\n");
    }
    sb_puts(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

/* A text string for the Info dictionary: UTF-16BE with a byte order mark. */
static void info_string(pdfw *w, const char *s)
{
    outs(w, "<FEFF");
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n) {
        size_t used;
        long cp = utf8_decode(p, n, &used);
        p += used;
        n -= used;
        if (cp < 0)
            cp = 0xFFFD;
        if (cp >= 0x10000) {
            unsigned long v = (unsigned long)cp - 0x10000;
            outf(w, "%04lX%04lX", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
        } else {
            outf(w, "%04lX", (unsigned long)cp);
        }
    }
    outs(w, ">");
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The Type0 font that pages use: shared, or one per page that needs its
 * own ToUnicode entries. */
static int type0_font(pdfw *w, int cidfont, const pdf_part *page)
{
    sbuf cm = {0};
    tounicode(&cm, page);
    int tu = new_obj(w), t0 = new_obj(w);
    if (tu < 0 || t0 < 0 || cm.failed || deflate_obj(w, tu, "", cm.buf, cm.len) != 0) {
        sb_free(&cm);
        return -1;
    }
    sb_free(&cm);
    begin_obj(w, t0);
    outf(w, "<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H"
            " /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>\nendobj\n",
         cidfont, tu);
    return t0;
}

/* The header facts of the document in Dublin Core: the issuing body as
 * dc:creator, the date of issue as dc:date, the number as dc:identifier and
 * the language, so that an archive's ingest reads them from the PDF alone. */
static void xmp_header_facts(sbuf *x, const archive_doc_info *info)
{
    if (!info)
        return;
    if (info->creator) {
        sb_puts(x, "   <dc:creator><rdf:Seq><rdf:li>");
        sb_xml(x, info->creator);
        sb_puts(x, "</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (info->issued) {
        sb_puts(x, "   <dc:date><rdf:Seq><rdf:li>");
        sb_xml(x, info->issued);
        sb_puts(x, "</rdf:li></rdf:Seq></dc:date>\n");
    }
    if (info->identifier) {
        sb_puts(x, "   <dc:identifier>");
        sb_xml(x, info->identifier);
        sb_puts(x, "</dc:identifier>\n");
    }
    if (info->lang) {
        sb_puts(x, "   <dc:language><rdf:Bag><rdf:li>");
        sb_xml(x, info->lang);
        sb_puts(x, "</rdf:li></rdf:Bag></dc:language>\n");
    }
}

/* What the document says about itself, in /Info and the XMP alike. */
typedef struct {
    const archive_doc_info *info;   /* may be NULL */
    const char *title, *software;
    char when_iso[32], when_pdf[32];
} doc_facts;

static void doc_facts_init(doc_facts *f, const archive_doc_info *info)
{
    f->info = info;
    time_t now = info && info->created ? (time_t)info->created : time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(f->when_iso, sizeof f->when_iso, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
    strftime(f->when_pdf, sizeof f->when_pdf, "D:%Y%m%d%H%M%S+00'00'", &tm);
    f->software = info && info->software ? info->software : "sohoa";
    f->title = info && info->title ? info->title
               : info && info->source ? base_name(info->source) : "";
}

/* 1. The files the document embeds: the glyph-less font, and for PDF/A
 * the sRGB profile. 0, or -1 with the reason in err (nothing to free). */
static int load_embedded(const char *path, const pdf_doc_options *o, unsigned char **font,
                         size_t *font_len, unsigned char **icc, size_t *icc_len, char *err,
                         size_t errlen)
{
    const char *font_path = o->font_path ? o->font_path : pdf_default_font();
    const char *icc_path = o->icc_path ? o->icc_path : pdf_default_icc();
    *font = font_path ? read_file(font_path, font_len) : NULL;
    *icc = NULL;
    if (!*font) {
        snprintf(err, errlen, "%s: cannot read the glyph-less font %s (tesseract-ocr's pdf.ttf)",
                 path, font_path ? font_path : "pdf.ttf");
        return -1;
    }
    if (o->pdfa && !(*icc = icc_path ? read_file(icc_path, icc_len) : NULL)) {
        snprintf(err, errlen, "%s: PDF/A needs an sRGB ICC profile; cannot read %s", path,
                 icc_path ? icc_path : "one (ghostscript's srgb.icc)");
        free(*font);
        *font = NULL;
        return -1;
    }
    return 0;
}

/* 2. The glyph-less font: every code shows glyph 1 (an empty glyph 500
 * units wide; glyph 0, .notdef, is never used, as PDF/A asks). *cidfont
 * gets the CID font's object; returns the shared Type0 font's, or -1 when
 * out of memory. */
static int write_fonts(pdfw *w, const unsigned char *font, size_t font_len, int *cidfont)
{
    int ffile = new_obj(w), fdesc = new_obj(w), c2g = new_obj(w);
    *cidfont = new_obj(w);
    unsigned char *cidmap = malloc(65536 * 2);
    char d[64];
    snprintf(d, sizeof d, "/Length1 %zu", font_len);
    if (!cidmap || deflate_obj(w, ffile, d, font, font_len) != 0) {
        free(cidmap);
        return -1;
    }
    begin_obj(w, fdesc);
    outf(w, "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 500 1000]"
            " /ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80"
            " /FontFile2 %d 0 R >>\nendobj\n", ffile);
    for (int i = 0; i < 65536; i++) {
        cidmap[2 * i] = 0;
        cidmap[2 * i + 1] = 1;
    }
    int rc = deflate_obj(w, c2g, "", cidmap, 65536 * 2);
    free(cidmap);
    if (rc != 0)
        return -1;
    begin_obj(w, *cidfont);
    outf(w, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont"
            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            " /FontDescriptor %d 0 R /DW 500 /CIDToGIDMap %d 0 R >>\nendobj\n", fdesc, c2g);
    return type0_font(w, *cidfont, NULL);
}

/* The image XObject's dictionary (without Length) for the page's scan. */
static void image_dict(char *d, size_t n, const pdf_part *h)
{
    if (h->filter == PDFPART_CCITT)
        snprintf(d, n,
                 "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                 " /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1"
                 " /Columns %d /Rows %d /BlackIs1 false >>",
                 h->img_w, h->img_h, h->img_w, h->img_h);
    else if (h->filter == PDFPART_FLATE)
        snprintf(d, n,
                 "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s"
                 " /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 12"
                 " /Colors %d /BitsPerComponent 8 /Columns %d >>",
                 h->img_w, h->img_h, h->ncomp == 3 ? "/DeviceRGB" : "/DeviceGray", h->ncomp,
                 h->img_w);
    else
        snprintf(d, n,
                 "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s"
                 " /BitsPerComponent %d /Filter /DCTDecode",
                 h->img_w, h->img_h, h->ncomp == 3 ? "/DeviceRGB" : "/DeviceGray", h->bpc);
}

enum { PAGE_OK = 0, PAGE_NOMEM = -1, PAGE_DAMAGED = -2 };

/* 3. One page from its stored part: the page object, its text layer
 * (content stream) and its scan; a page with characters beyond the BMP
 * gets a font of its own. *kid receives the page's object. */
static int write_page(pdfw *w, int pages, int cidfont, int font_shared, const char *blob,
                      size_t blen, int *kid)
{
    pdf_part *h = malloc(sizeof *h);
    const unsigned char *img, *content;
    if (!h || pdfpart_unpack(blob, blen, h, &img, &content) != 0) {
        free(h);
        return PAGE_DAMAGED;
    }
    int f = h->nnonbmp ? type0_font(w, cidfont, h) : font_shared;
    int page = new_obj(w), cont = new_obj(w), im = new_obj(w);
    if (f < 0 || page < 0 || cont < 0 || im < 0) {
        free(h);
        return PAGE_NOMEM;
    }
    *kid = page;
    begin_obj(w, page);
    outf(w, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.4f %.4f]", pages, h->width_pt,
         h->height_pt);
    if (h->rotate)
        outf(w, " /Rotate %d", h->rotate);
    outf(w, " /Resources << /Font << /F1 %d 0 R >> /XObject << /Im0 %d 0 R >> >>"
            " /Contents %d 0 R >>\nendobj\n", f, im, cont);
    stream_obj(w, cont, "/Filter /FlateDecode", content, h->content_len);
    char d[256];
    image_dict(d, sizeof d, h);
    stream_obj(w, im, d, img, h->img_len);
    free(h);
    return PAGE_OK;
}

/* The XMP packet: the PDF/A identification and the same facts as /Info.
 * 0, or -1 when out of memory. */
static int xmp_packet(sbuf *x, const doc_facts *f)
{
    sb_puts(x, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "  <rdf:Description rdf:about=\"\""
               " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
               "   <pdfaid:part>2</pdfaid:part>\n"
               "   <pdfaid:conformance>B</pdfaid:conformance>\n  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
               "   <dc:format>application/pdf</dc:format>\n"
               "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    sb_xml(x, f->title);
    sb_puts(x, "</rdf:li></rdf:Alt></dc:title>\n");
    xmp_header_facts(x, f->info);
    sb_puts(x, "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "   <xmp:CreatorTool>");
    sb_xml(x, f->software);
    sb_printf(x, "</xmp:CreatorTool>\n   <xmp:CreateDate>%s</xmp:CreateDate>\n"
                 "   <xmp:ModifyDate>%s</xmp:ModifyDate>\n"
                 "   <xmp:MetadataDate>%s</xmp:MetadataDate>\n  </rdf:Description>\n",
              f->when_iso, f->when_iso, f->when_iso);
    sb_puts(x, "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               "   <pdf:Producer>");
    sb_xml(x, f->software);
    sb_puts(x, "</pdf:Producer>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
               "<?xpacket end=\"w\"?>");
    return x->failed ? -1 : 0;
}

/* 4. PDF/A: the sRGB output intent and the XMP metadata, whose objects
 * go to *intent and *metadata. 0, or -1 when out of memory. */
static int write_pdfa(pdfw *w, const unsigned char *icc, size_t icc_len, const doc_facts *f,
                      int *intent, int *metadata)
{
    int profile = new_obj(w);
    *intent = new_obj(w);
    *metadata = new_obj(w);
    if (profile < 0 || *metadata < 0 || deflate_obj(w, profile, "/N 3", icc, icc_len) != 0)
        return -1;
    begin_obj(w, *intent);
    outf(w, "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB)"
            " /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1)"
            " /DestOutputProfile %d 0 R >>\nendobj\n", profile);
    /* Not compressed: PDF/A wants the XMP readable by tools that know no
     * PDF. */
    sbuf x = {0};
    if (xmp_packet(&x, f) != 0) {
        sb_free(&x);
        return -1;
    }
    stream_obj(w, *metadata, "/Type /Metadata /Subtype /XML", x.buf, x.len);
    sb_free(&x);
    return 0;
}

/* 5. The document information dictionary. */
static void write_info(pdfw *w, int infod, const doc_facts *f)
{
    begin_obj(w, infod);
    outs(w, "<< /Title ");
    info_string(w, f->title);
    if (f->info && f->info->creator) {
        /* PDF/A: /Author must say what dc:creator says. */
        outs(w, " /Author ");
        info_string(w, f->info->creator);
    }
    outs(w, " /Creator ");
    info_string(w, f->software);
    outs(w, " /Producer ");
    info_string(w, f->software);
    outf(w, " /CreationDate (%s) /ModDate (%s) >>\nendobj\n", f->when_pdf, f->when_pdf);
}

/* 6. The page tree over the pages written (kids[i] 0: no part). Returns
 * their count. */
static int write_page_tree(pdfw *w, int pages, const int *kids, int npages)
{
    begin_obj(w, pages);
    outs(w, "<< /Type /Pages /Kids [");
    int count = 0;
    for (int i = 0; i < npages; i++)
        if (kids[i]) {
            outf(w, "%s%d 0 R", count ? " " : "", kids[i]);
            count++;
        }
    outf(w, "] /Count %d >>\nendobj\n", count);
    return count;
}

/* 7. The catalogue (metadata 0: not PDF/A), then the cross-reference
 * table and the trailer, whose ID hashes the body, the path and the
 * date. */
static void write_catalog_xref(pdfw *w, int catalog, int pages, int infod, int metadata,
                               int intent, const doc_facts *f, const char *path)
{
    begin_obj(w, catalog);
    outf(w, "<< /Type /Catalog /Pages %d 0 R", pages);
    if (f->info && f->info->lang) {
        outs(w, " /Lang ");
        info_string(w, f->info->lang);
    }
    if (metadata)
        outf(w, " /Metadata %d 0 R /OutputIntents [%d 0 R]", metadata, intent);
    outs(w, " >>\nendobj\n");

    long xref = ftell(w->fp);
    fprintf(w->fp, "xref\n0 %d\n0000000000 65535 f \n", w->nobj + 1);
    for (int i = 1; i <= w->nobj; i++)
        fprintf(w->fp, "%010ld 00000 n \n", w->offsets[i]);
    hash(w, path, strlen(path));
    hash(w, f->when_pdf, strlen(f->when_pdf));
    fprintf(w->fp,
            "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%016llx%016llx> <%016llx%016llx>] >>\n"
            "startxref\n%ld\n%%%%EOF\n",
            w->nobj + 1, catalog, infod, (unsigned long long)w->h1, (unsigned long long)w->h2,
            (unsigned long long)w->h1, (unsigned long long)w->h2, xref);
}

int pdf_write(const char *path, const archive_doc_info *info, const pdf_doc_options *o,
              int npages, archive_part_fn get, void *user, char *err, size_t errlen)
{
    pdf_doc_options defaults;
    if (!o) {
        pdf_doc_options_init(&defaults);
        o = &defaults;
    }
    size_t font_len = 0, icc_len = 0;
    unsigned char *font, *icc;
    if (load_embedded(path, o, &font, &font_len, &icc, &icc_len, err, errlen) != 0)
        return -1;
    atomic_file af;
    if (atomic_open(&af, path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        free(font);
        free(icc);
        return -1;
    }
    pdfw w = {af.fp, NULL, 0, 0, 0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
    int rc = -1;
    int *kids = calloc((size_t)(npages > 0 ? npages : 1), sizeof *kids);
    doc_facts facts;
    doc_facts_init(&facts, info);
    if (!kids)
        goto fail;
    /* Binary comment: tells transfer programs the file is binary. */
    outs(&w, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");

    int catalog = new_obj(&w), pages = new_obj(&w), infod = new_obj(&w), cidfont;
    int font_shared = write_fonts(&w, font, font_len, &cidfont);
    if (font_shared < 0)
        goto fail;
    for (int i = 0; i < npages; i++) {
        const char *blob = NULL;
        size_t blen = 0;
        if (get(user, i, &blob, &blen) != 0) {
            snprintf(err, errlen, "%s: page %d is missing", path, i + 1);
            goto fail_quiet;
        }
        int r = blob ? write_page(&w, pages, cidfont, font_shared, blob, blen, &kids[i])
                     : PAGE_OK;
        if (r == PAGE_DAMAGED) {
            snprintf(err, errlen, "%s: page %d: damaged page part", path, i + 1);
            goto fail_quiet;
        }
        if (r != PAGE_OK)
            goto fail;
    }
    int metadata = 0, intent = 0;
    if (o->pdfa && write_pdfa(&w, icc, icc_len, &facts, &intent, &metadata) != 0)
        goto fail;
    write_info(&w, infod, &facts);
    int count = write_page_tree(&w, pages, kids, npages);
    write_catalog_xref(&w, catalog, pages, infod, metadata, intent, &facts, path);
    if (count == 0) {
        snprintf(err, errlen, "%s: no page to write", path);
        goto fail_quiet;
    }
    rc = atomic_commit(&af);
    if (rc != 0)
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
    goto done;
fail:
    snprintf(err, errlen, "%s: out of memory", path);
fail_quiet:
    atomic_abort(&af);
done:
    free(w.offsets);
    free(kids);
    free(font);
    free(icc);
    return rc;
}

/*
 * places.h: the words that name Vietnam's administrative units and the
 * province's word in a gazetteer name (places.c). Not installed.
 *
 * One bit a unit, so that a reader whose list has always left a unit out
 * says which, and why, where it asks.
 */
#ifndef SOHOA_SEG_PLACES_H
#define SOHOA_SEG_PLACES_H

#include <stddef.h>

#include "segment/seg_internal.h"

enum {
    SEG_TINH = 1u << 0,     /* tỉnh */
    SEG_THANH_PHO = 1u << 1, /* thành phố: of the centre, or of a province before 2025 */
    SEG_HUYEN = 1u << 2,    /* huyện */
    SEG_QUAN = 1u << 3,     /* quận: folded "quan", also of "cơ quan", "quản lý", "quân" */
    SEG_THI_XA = 1u << 4,   /* thị xã */
    SEG_XA = 1u << 5,       /* xã */
    SEG_PHUONG = 1u << 6,   /* phường */
    SEG_THI_TRAN = 1u << 7, /* thị trấn */
    SEG_DAC_KHU = 1u << 8,  /* đặc khu, since the 2025 reform */
};

/* The levels: the province; the district, gone on 1/7/2025 but named by
 * older texts (its "thành phố" folds as the province's does); the commune. */
#define SEG_PROVINCE_UNITS (SEG_TINH | SEG_THANH_PHO)
#define SEG_DISTRICT_UNITS (SEG_HUYEN | SEG_QUAN | SEG_THI_XA)
#define SEG_COMMUNE_UNITS (SEG_XA | SEG_PHUONG | SEG_THI_TRAN | SEG_DAC_KHU)
#define SEG_UNITS (SEG_PROVINCE_UNITS | SEG_DISTRICT_UNITS | SEG_COMMUNE_UNITS)

/* The folded word of a unit among units standing whole at i of f[0..n)
 * ("tinh", "thi xa"): its length, or 0; *unit (may be NULL) its bit. */
size_t seg_unit_word(const char *f, size_t n, size_t i, unsigned units, unsigned *unit);

/* The same at character i of p, read with its marks in any case ("quận",
 * "QUẬN", not "quan" of "cơ quan"): its length, or 0. */
size_t seg_unit_marked_at(const seg_para *p, size_t i, unsigned units);

/* The folded word w is, whole, the word of which unit: its bit, or 0. */
unsigned seg_unit_named(const char *w);

/* A level written as such, folded ("cap tinh", "cap huyen", "cap xa")
 * whole at i of f[0..n): its length, or 0. */
size_t seg_level_word(const char *f, size_t n, size_t i);

/* A province's name as the gazetteer writes it ("tỉnh Nghệ An", "thành
 * phố Hà Nội", "Thành phố Huế") without its leading word: "Nghệ An". */
const char *seg_province_bare(const char *canon);

/* A gazetteer name ending in the level it serves ("Công an tỉnh", "Ủy
 * ban nhân dân thành phố"): the length before " tỉnh" or " thành phố",
 * else 0. */
size_t seg_level_named(const char *canon);

#endif

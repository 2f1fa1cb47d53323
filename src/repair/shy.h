/*
 * shy.h: putting back the ư that editors stripped from TCVN3 mojibake.
 *
 * TCVN3's ư is byte 0xAD, which Windows-1252 and Latin-1 call a soft
 * hyphen: editors hide or drop it, so "nước" comes back as "níc", which
 * decodes as "nớc". The syllable model says where it was lost: ơ never
 * takes c or ng ("nớc", "trờng", "đợc" are not syllables) while ươ does.
 * A word that is not a syllable, and becomes one with ư put before its ơ,
 * gets it back; so does a lowercase word of two or three consonants whose
 * only vowel was the ư ("nh" for "như"). Words that are syllables either
 * way ("ngời" for "người", "lu" for "lưu") and single letters ("t" for "tư",
 * but also the list mark "c)") cannot be decided without a lexicon and are
 * left alone.
 */
#ifndef VNFIX_SHY_H
#define VNFIX_SHY_H

#include <stddef.h>
#include <stdint.h>

/* Restore in place; cps has room for *n plus one per word. Returns how
 * many letters were put back. */
size_t vnfix_shy_restore(uint32_t *cps, size_t *n);

#endif

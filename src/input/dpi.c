/*
 * Resolution policy. Many PNGs carry no resolution and some tools write a
 * wrong one (pdfimages writes 72 for a 200 ppi scan); tesseract then falls
 * back to 70 dpi silently. A declared value is kept only when the page it
 * implies is a plausible document (long side 4-18 inches); otherwise the
 * page is taken to be A4 (11.69 inches long).
 */
#include "input/input.h"

#include <math.h>

int input_choose_dpi(int file_dpi, int width, int height, dpi_origin *from)
{
    int longside = width > height ? width : height;
    if (file_dpi >= 70 && file_dpi <= 2400) {
        double inches = (double)longside / file_dpi;
        if (inches >= 4.0 && inches <= 18.0) {
            *from = DPI_FROM_FILE;
            return file_dpi;
        }
    }
    *from = DPI_INFERRED;
    int dpi = (int)lround(longside / 11.69);
    if (dpi < 70)
        dpi = 70;
    if (dpi > 1200)
        dpi = 1200;
    return dpi;
}

int input_layer_is_page_text(size_t layer_chars, double layer_span,
                             size_t ocr_chars, double ocr_span)
{
    if (layer_chars == 0)
        return 0;
    if (ocr_chars == 0)
        return 1;
    return layer_chars * 2 >= ocr_chars && layer_span * 2 >= ocr_span;
}

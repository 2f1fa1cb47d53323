/* The `sohoa segment` subcommand as a program of its own, so that the tests
 * run it without the OCR libraries the sohoa executable links. */
int cmd_segment(int argc, char **argv);

int main(int argc, char **argv)
{
    return cmd_segment(argc, argv);
}

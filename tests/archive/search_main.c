/* sohoa search on its own, until the lead lists cmd_search in sohoa.c:
 * the tests drive the command exactly as users will. */
int cmd_search(int argc, char **argv);

int main(int argc, char **argv)
{
    return cmd_search(argc, argv);  /* argv[0] plays "search" */
}

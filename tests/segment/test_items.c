/*
 * test_items.c: how far a lead-in's subject reaches over the items under it
 * (issue 19). Twenty-five made-up lead-ins with their items, in the layouts
 * of Decree 30 (parts, articles, clauses, points, dashes) and the grammar of
 * a lead-in (a subject, a word of duty or role, a colon), each with what
 * ANNOTATING.md gives for it. They were written before the segmenter was run
 * on them; a case the segmenter does not read yet is marked `left` and
 * printed, not failed, so the table says what is still open.
 */
#include "segtest.h"

static int fails;

typedef struct {
    const char *name; /* the agency, as the segmenter names it */
    const char *role; /* its strongest role; NULL: no such agency */
    int tasks;        /* how many tasks, -1: not checked */
    const char *has;  /* a task whose text opens so, or NULL */
    const char *hasnt; /* no task whose text opens so, or NULL */
} want;

typedef struct {
    const char *what;
    int left; /* not read yet: printed, not failed */
    const char *text;
    want w[4];
} item_case;

static const item_case cases[] = {
    {"a numbered lead-in 'X chủ trì, phối hợp với Y:' over points", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính:\n"
     "a) Rà soát hiện trạng các khu nhà ở công vụ trên địa bàn tỉnh trong quý I năm 2026.\n"
     "b) Đề xuất phương án bố trí vốn sửa chữa các khu nhà ở công vụ xuống cấp.\n",
     {{"Sở Xây dựng", "chủ trì", 2, "Rà soát hiện trạng", "Sở Xây dựng chủ trì"},
      {"Sở Tài chính", "phối hợp", 2, "Đề xuất phương án", "Sở Xây dựng chủ trì"}}},
    {"a lettered lead-in with a group as partner over dashes", 0,
     "II. NHIỆM VỤ, GIẢI PHÁP\n"
     "1. Về phát triển thị trường\n"
     "c) Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan:\n"
     "- Theo dõi sát diễn biến cung cầu mặt hàng xăng dầu, kịp thời đề xuất biện pháp điều hành.\n"
     "- Xây dựng kịch bản bảo đảm nguồn cung điện cho mùa khô năm 2026.\n",
     {{"Bộ Công Thương", "chủ trì", 2, "Theo dõi sát", "Bộ Công Thương chủ trì"},
      {"các bộ, cơ quan liên quan", "phối hợp", 2, "Xây dựng kịch bản", NULL}}},
    {"an unnumbered lead-in line over dashes", 0,
     "III. TỔ CHỨC THỰC HIỆN\n"
     "2. Phân công nhiệm vụ\n"
     "Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh:\n"
     "- Hướng dẫn các cơ sở khám bệnh thanh toán chi phí khám chữa bệnh cho người tham gia bảo hiểm.\n"
     "- Kiểm tra việc cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.\n",
     {{"Sở Y tế", "chủ trì", 2, "Hướng dẫn các cơ sở", "Sở Y tế chủ trì"},
      {"Bảo hiểm xã hội tỉnh", "phối hợp", 2, "Kiểm tra việc cấp", NULL}}},
    {"'có trách nhiệm chủ trì, phối hợp với Y:'", 0,
     "Điều 3. Tổ chức thực hiện\n"
     "1. Sở Nội vụ có trách nhiệm chủ trì, phối hợp với Sở Tư pháp:\n"
     "a) Hướng dẫn các xã, phường sắp xếp các thôn, tổ dân phố theo quy định.\n"
     "b) Tổng hợp kết quả sắp xếp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 6 năm 2026.\n",
     {{"Sở Nội vụ", "chủ trì", 2, "Hướng dẫn các xã", "Sở Nội vụ có trách nhiệm"},
      {"Sở Tư pháp", "phối hợp", 2, "Tổng hợp kết quả", NULL}}},
    {"a unit in brackets after the partner, an unlabelled paragraph as the item", 0,
     "Điều 2. Tổ chức thực hiện\n"
     "1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành "
     "chính công):\n"
     "Cập nhật quy trình nội bộ giải quyết thủ tục hành chính lên Hệ thống thông tin giải quyết thủ tục hành "
     "chính của tỉnh.\n"
     "2. Ủy ban nhân dân các xã, phường niêm yết công khai các thủ tục hành chính tại trụ sở.\n",
     {{"Sở Giáo dục và Đào tạo", "chủ trì", 1, "Cập nhật quy trình", "Sở Giáo dục"},
      {"Văn phòng Ủy ban nhân dân tỉnh", "phối hợp", 1, "Cập nhật quy trình", NULL},
      {"Trung tâm Phục vụ hành chính công tỉnh", "phối hợp", 1, "Cập nhật quy trình", NULL}}},
    {"an item naming its own doer under the lead-in is that doer's", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính:\n"
     "a) Lập danh mục các chung cư cũ cần cải tạo, xây dựng lại.\n"
     "b) Sở Tài chính bố trí kinh phí lập quy hoạch chi tiết các khu chung cư cũ.\n",
     {{"Sở Xây dựng", "chủ trì", 1, "Lập danh mục", "Sở Tài chính bố trí"},
      {"Sở Tài chính", "thực hiện", 2, "Sở Tài chính bố trí", NULL}}},
    {"an item's own 'Phối hợp với' under the lead-in", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Công Thương chủ trì, phối hợp với Sở Khoa học và Công nghệ:\n"
     "a) Xây dựng chương trình hỗ trợ doanh nghiệp đổi mới công nghệ.\n"
     "b) Phối hợp với Công an tỉnh kiểm tra hàng giả trên môi trường mạng.\n",
     {{"Sở Công Thương", "chủ trì", 2, "Phối hợp với Công an", NULL},
      {"Công an tỉnh", "phối hợp", 1, NULL, NULL},
      {"Sở Khoa học và Công nghệ", "phối hợp", -1, "Xây dựng chương trình", NULL}}},
    {"an unnumbered 'Giao X:' over dashes", 0,
     "Điều 2. Tổ chức thực hiện\n"
     "Giao Ủy ban nhân dân các phường:\n"
     "- Tuyên truyền Nghị quyết đến Nhân dân trên địa bàn.\n"
     "- Báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2026.\n",
     {{"Ủy ban nhân dân các phường", "thực hiện", 2, "Tuyên truyền Nghị quyết", "Giao"}}},
    {"a heading naming a body, no colon, over paragraphs; the next heading ends it", 0,
     "V. TỔ CHỨC THỰC HIỆN\n"
     "3. Sở Xây dựng\n"
     "Hướng dẫn các chủ đầu tư thực hiện quy chuẩn kỹ thuật về nhà ở xã hội.\n"
     "Chủ trì kiểm tra chất lượng các công trình nhà ở xã hội hoàn thành năm 2026.\n"
     "4. Sở Tài chính\n"
     "Bố trí nguồn vốn đầu tư công cho các dự án hạ tầng nhà ở xã hội.\n",
     {{"Sở Xây dựng", "chủ trì", 2, "Hướng dẫn các chủ đầu tư", "Bố trí nguồn vốn"},
      {"Sở Tài chính", "thực hiện", 1, "Bố trí nguồn vốn", NULL}}},
    {"an article's duty title over its clauses, up to the next article", 0,
     "Điều 5. Trách nhiệm của Sở Công Thương\n"
     "1. Hướng dẫn các thương nhân thực hiện quy định về kinh doanh khí.\n"
     "2. Kiểm tra, xử lý vi phạm trong hoạt động kinh doanh khí trên địa bàn.\n"
     "Điều 6. Hiệu lực thi hành\n"
     "Quyết định này có hiệu lực kể từ ngày ký.\n",
     {{"Sở Công Thương", "thực hiện", 2, "Kiểm tra, xử lý", "Quyết định này"}}},
    {"a delegation 'Ủy quyền cho X thực hiện các nhiệm vụ sau:'", 0,
     "Điều 1. Ủy quyền cho Giám đốc Sở Tư pháp thực hiện các nhiệm vụ sau:\n"
     "1. Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam thường trú trên địa bàn tỉnh.\n"
     "2. Quyết định thành lập Hội đồng thẩm định tiêu chuẩn hòa giải viên thương mại.\n"
     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
     {{"Sở Tư pháp", "thực hiện", 2, "Cấp Phiếu lý lịch", "Quyết định này"}}},
    {"a delegation without 'cho', its article ending in a colon", 0,
     "Điều 1. Ủy quyền Giám đốc Sở Y tế:\n"
     "1. Cấp giấy phép hoạt động cho phòng khám đa khoa tư nhân.\n"
     "2. Thu hồi giấy phép hoạt động của cơ sở khám bệnh vi phạm quy định.\n",
     {{"Sở Y tế", "thực hiện", 2, "Thu hồi giấy phép", NULL}}},
    {"a topic lead-in over acts inside a body's part is no task; its acts are", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Tài chính\n"
     "a) Về kinh phí:\n"
     "- Bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.\n"
     "- Hướng dẫn các đơn vị thanh quyết toán kinh phí theo quy định.\n"
     "b) Tổng hợp báo cáo kết quả thực hiện Kế hoạch.\n",
     {{"Sở Tài chính", "thực hiện", 3, "Hướng dẫn các đơn vị", "Về kinh phí"}}},
    {"a lead-in over objects inside a body's part is the task; its objects are none", 1,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "2. Sở Nội vụ\n"
     "a) Thẩm định hồ sơ đề nghị khen thưởng gồm:\n"
     "- Tờ trình của cơ quan đề nghị khen thưởng;\n"
     "- Báo cáo thành tích của tập thể, cá nhân.\n"
     "b) Trình Chủ tịch Ủy ban nhân dân tỉnh quyết định khen thưởng.\n",
     {{"Sở Nội vụ", "thực hiện", 2, "Thẩm định hồ sơ", "Tờ trình"}}},
    {"an article headed by a head's title and its colon", 0,
     "Điều 3. Giám đốc Sở Nông nghiệp và Môi trường:\n"
     "1. Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về việc thực hiện nội dung được ủy quyền.\n"
     "2. Báo cáo kết quả thực hiện định kỳ sáu tháng một lần.\n"
     "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n",
     {{"Sở Nông nghiệp và Môi trường", "thực hiện", 2, "Báo cáo kết quả", NULL}}},
    {"an unnumbered line of names and a colon over dashes", 1,
     "II. NHIỆM VỤ, GIẢI PHÁP\n"
     "1. Về hỗ trợ nhà ở\n"
     "Ủy ban nhân dân các tỉnh, thành phố:\n"
     "- Rà soát số hộ có nhà bị sập đổ do mưa lũ.\n"
     "- Bố trí chỗ ở tạm cho các hộ mất nhà trước ngày 31 tháng 12 năm 2025.\n",
     {{"Ủy ban nhân dân các tỉnh, thành phố", "thực hiện", 2, "Rà soát số hộ", NULL}}},
    {"an unnumbered 'X chỉ đạo Y:' gives both the items", 1,
     "II. NHIỆM VỤ\n"
     "2. Về an sinh xã hội\n"
     "Bộ Y tế chỉ đạo các bệnh viện trực thuộc:\n"
     "- Tiếp nhận điều trị người bị thương do thiên tai.\n"
     "- Cung ứng đủ thuốc cho các vùng bị chia cắt.\n",
     {{"Bộ Y tế", "thực hiện", 2, "Tiếp nhận điều trị", NULL},
      {"các bệnh viện trực thuộc", "thực hiện", 2, "Cung ứng đủ thuốc", NULL}}},
    {"the lead-in's reach ends at the next clause naming its own doer", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Xây dựng:\n"
     "a) Khảo sát các di tích xuống cấp cần tu bổ.\n"
     "2. Ủy ban nhân dân các xã, phường quản lý, bảo vệ di tích trên địa bàn.\n",
     {{"Sở Văn hóa, Thể thao và Du lịch", "chủ trì", 1, "Khảo sát các di tích", "Ủy ban nhân dân"},
      {"Sở Xây dựng", "phối hợp", 1, "Khảo sát các di tích", "Ủy ban nhân dân"}}},
    {"a numbered 'Giao X' without a colon over points", 1,
     "Điều 3. Tổ chức thực hiện\n"
     "1. Giao Ủy ban nhân dân tỉnh\n"
     "a) Tổ chức triển khai thực hiện Nghị quyết.\n"
     "b) Chỉ đạo các sở, ngành hướng dẫn các xã thực hiện chính sách hỗ trợ.\n"
     "2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n",
     {{"Ủy ban nhân dân tỉnh", "thực hiện", 2, "Tổ chức triển khai", "Giao Thường trực"}}},
    {"'X chủ trì, phối hợp với Y thực hiện các nhiệm vụ sau:'", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ thực hiện các nhiệm vụ sau:\n"
     "a) Xây dựng nền tảng số dùng chung của tỉnh.\n"
     "b) Đào tạo kỹ năng số cho cán bộ, công chức cấp xã.\n",
     {{"Sở Khoa học và Công nghệ", "chủ trì", 2, "Đào tạo kỹ năng số", "Sở Khoa học"},
      {"Sở Nội vụ", "phối hợp", 2, "Xây dựng nền tảng", "Sở Khoa học"}}},
    {"a lead-in over past results gives no task", 0,
     "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
     "1. Các cơ quan đã triển khai:\n"
     "- Sở Y tế đã tổ chức tiêm chủng mở rộng cho trẻ em trên địa bàn.\n"
     "- Sở Giáo dục và Đào tạo đã hoàn thành kiểm định chất lượng các trường.\n",
     {{"Sở Y tế", NULL, 0, NULL, NULL}}},
    {"definitions under a lead-in name no doer", 0,
     "Điều 2. Giải thích từ ngữ\n"
     "Trong Quy chế này, các từ ngữ dưới đây được hiểu như sau:\n"
     "1. Cơ quan chủ trì là cơ quan được giao chủ trì thực hiện nhiệm vụ khoa học.\n"
     "2. Đơn vị phối hợp là đơn vị tham gia thực hiện một phần nhiệm vụ.\n",
     {{"Cơ quan chủ trì", NULL, 0, NULL, NULL}}},
    /* written after the rule that reads them (lead_over_acts, assign.c),
     * before the segmenter ran on them */
    {"a subjectless 'Chủ trì, phối hợp với Y:' under an article of one body's duties", 0,
     "Điều 12. Nhiệm vụ của Sở Y tế\n"
     "1. Chủ trì, phối hợp với Sở Tài chính, Bảo hiểm xã hội tỉnh:\n"
     "a) Lập kế hoạch mua sắm thuốc tập trung cấp địa phương.\n"
     "b) Tổ chức đấu thầu thuốc cho các cơ sở y tế công lập.\n"
     "2. Kiểm tra việc sử dụng thuốc tại các bệnh viện.\n",
     {{"Sở Tài chính", "phối hợp", 2, "Tổ chức đấu thầu", "Chủ trì"},
      {"Bảo hiểm xã hội tỉnh", "phối hợp", 2, "Lập kế hoạch", "Chủ trì"}}},
    {"'X chỉ đạo Y phối hợp với Z:' gives Y and Z the items, not the lead-in", 0,
     "Điều 8. Trách nhiệm của Ủy ban nhân dân tỉnh\n"
     "1. Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ phối hợp với các cơ quan liên quan:\n"
     "a) Hướng dẫn các xã lập hồ sơ đề nghị công nhận.\n"
     "b) Tổng hợp kết quả, báo cáo Bộ Nội vụ hằng năm.\n",
     {{"Sở Nội vụ", "thực hiện", 2, "Tổng hợp kết quả", "Ủy ban nhân dân tỉnh chỉ đạo"},
      {"các cơ quan liên quan", "phối hợp", 2, "Hướng dẫn các xã", "Ủy ban nhân dân tỉnh chỉ đạo"}}},
    {"a lead-in over cases, not acts, stays its body's task", 0,
     "Điều 9. Quỹ hỗ trợ nông dân\n"
     "1. Ủy ban nhân dân tỉnh quyết định việc thành lập quỹ theo một trong các hình thức sau:\n"
     "a) Quỹ được thành lập mới là đơn vị sự nghiệp công lập;\n"
     "b) Quỹ hiện có được tổ chức lại theo quy định.\n",
     {{"Ủy ban nhân dân tỉnh", "thực hiện", 1, "Ủy ban nhân dân tỉnh quyết định", "Quỹ"}}},
};

static void check(seg_ctx *ctx, const item_case *c)
{
    seg_result *r = run(ctx, c->text);
    char why[512] = "";
    for (int i = 0; i < 4 && c->w[i].name; i++) {
        const want *w = &c->w[i];
        const seg_agency *a = find(r, w->name);
        if (!w->role) {
            if (a)
                snprintf(why, sizeof why, "%s found (%s)", w->name, a->role);
            continue;
        }
        if (!a)
            snprintf(why, sizeof why, "%s missed", w->name);
        else if (!streq(a->role, w->role))
            snprintf(why, sizeof why, "%s role %s, wanted %s", w->name, a->role, w->role);
        else if (w->tasks >= 0 && a->n_tasks != (size_t)w->tasks)
            snprintf(why, sizeof why, "%s %zu tasks, wanted %d", w->name, a->n_tasks, w->tasks);
        else if (w->has && !task_opening(a, w->has))
            snprintf(why, sizeof why, "%s lacks the task '%s'", w->name, w->has);
        else if (w->hasnt && task_opening(a, w->hasnt))
            snprintf(why, sizeof why, "%s has the task '%s'", w->name, w->hasnt);
        if (*why)
            break;
    }
    fails += case_verdict(c->what, c->left, why);
    seg_result_free(r);
}

int main(void)
{
    seg_ctx *ctx = test_ctx();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(ctx, &cases[i]);
    seg_destroy(ctx);
    printf("%zu lead-in cases, %d failed\n", sizeof cases / sizeof cases[0], fails);
    return fails ? 1 : 0;
}

/*
 * test_body_names.c: a body's name and the roles it is left with (issue 19,
 * session 23). Made-up passages in the grammar of Vietnamese names of bodies
 * and the layouts of Decree 30, each with what ANNOTATING.md gives for it:
 * a class named over every province with no comma between its kinds, a body
 * "được phân công" a duty, a second subject after ';' that ends in its place,
 * mass bodies ("Tỉnh đoàn", "Thành đoàn", "Hội Liên hiệp Phụ nữ tỉnh") after
 * a comma in a list, a body's name and colon labelling its item, a copula
 * clause ("Là cơ quan đầu mối, chủ trì ..."), a lead-in group over items that
 * name their own bodies, and names whose head's complement runs on. They
 * were written before the segmenter was run on them; a case the segmenter
 * does not read yet is marked `left` and printed, not failed.
 */
#include "segtest.h"

static int fails;

typedef struct {
    const char *name;  /* the agency, as the segmenter names it */
    const char *role;  /* its strongest role; NULL: no such agency */
    const char *roles; /* every role it holds, '|' between, or NULL: not checked */
    int tasks;         /* how many tasks, -1: not checked */
    int collective;    /* 1 or 0, -1: not checked */
} want;

typedef struct {
    const char *what;
    int left; /* not read yet: printed, not failed */
    const char *text;
    want w[5];
} name_case;

static const name_case cases[] = {
    {"a class over every province with no comma between its kinds", 0,
     "Điều 4. Tổ chức thực hiện\n"
     "1. Cục Chăn nuôi và Thú y chủ trì hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n"
     "2. Sở Nông nghiệp và Môi trường các tỉnh thành phố trực thuộc Trung ương có trách nhiệm tổ chức "
     "kiểm tra các cơ sở giết mổ trên địa bàn.\n",
     {{"Cục Chăn nuôi và Thú y", "chủ trì", "chủ trì", 1, 0},
      {"Sở Nông nghiệp và Môi trường các tỉnh thành phố trực thuộc Trung ương", "thực hiện", NULL, 1, 1},
      {"Sở Nông nghiệp và Môi trường", NULL, NULL, -1, -1},
      {"các tỉnh thành phố trực thuộc Trung ương", NULL, NULL, -1, -1}}},
    {"'X được phân công chủ trì' and 'được phân công làm đầu mối'", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Công Thương được phân công chủ trì xây dựng đề án phát triển thương mại điện tử, trình Ủy ban "
     "nhân dân tỉnh trong quý II/2026.\n"
     "2. Văn phòng Ủy ban nhân dân tỉnh được phân công làm đầu mối theo dõi việc thực hiện Kế hoạch.\n"
     "3. Sở Dân tộc và Tôn giáo được phân công khảo sát nhu cầu mua sắm trực tuyến của đồng bào vùng cao.\n",
     {{"Sở Công Thương", "chủ trì", "chủ trì", 1, 0},
      {"Văn phòng Ủy ban nhân dân tỉnh", "chủ trì", "chủ trì", 1, 0},
      {"Sở Dân tộc và Tôn giáo", "thực hiện", "thực hiện", 1, 0}}},
    {"a second subject after ';' named with its place", 0,
     "III. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Y tế chủ trì tổ chức chiến dịch tiêm vắc xin sởi cho trẻ em; Trung tâm Kiểm soát bệnh tật tỉnh "
     "bảo đảm cung ứng đủ vắc xin cho các trạm y tế trước ngày 15/3/2026.\n"
     "2. Sở Tài chính bố trí kinh phí mua sắm trang thiết bị; Ban Quản lý Khu kinh tế tỉnh phối hợp kiểm "
     "tra việc lắp đặt tại các khu công nghiệp.\n",
     {{"Sở Y tế", "chủ trì", "chủ trì", 1, 0},
      {"Trung tâm Kiểm soát bệnh tật tỉnh", "thực hiện", "thực hiện", 1, 0},
      {"Sở Tài chính", "thực hiện", "thực hiện", 1, 0},
      {"Ban Quản lý Khu kinh tế tỉnh", "phối hợp", "phối hợp", 1, 0}}},
    {"mass bodies after commas in a list asked by 'Đề nghị'", 0,
     "V. TỔ CHỨC THỰC HIỆN\n"
     "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân "
     "tỉnh tuyên truyền, vận động nhân dân tham gia phân loại rác thải tại nguồn.\n",
     {{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "đề nghị", "đề nghị", 1, 0},
      {"Tỉnh đoàn", "đề nghị", "đề nghị", 1, 0},
      {"Hội Liên hiệp Phụ nữ tỉnh", "đề nghị", "đề nghị", 1, 0},
      {"Hội Nông dân tỉnh", "đề nghị", "đề nghị", 1, 0}}},
    {"a city's youth union and women's union after 'phối hợp với' in a list", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "2. Sở Văn hóa và Thể thao chủ trì, phối hợp với Công an thành phố, Thành đoàn, Hội Liên hiệp Phụ nữ "
     "thành phố tổ chức Ngày hội gia đình tại các phường.\n",
     {{"Sở Văn hóa và Thể thao", "chủ trì", "chủ trì", 1, 0},
      {"Công an thành phố", "phối hợp", "phối hợp", 1, 0},
      {"Thành đoàn", "phối hợp", "phối hợp", 1, 0},
      {"Hội Liên hiệp Phụ nữ thành phố", "phối hợp", "phối hợp", 1, 0}}},
    {"a body's name and colon label its item: the words after the colon give the role", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Nội vụ: Chủ trì thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp công lập, hoàn thành "
     "trước ngày 30/6/2026.\n"
     "2. Sở Tư pháp: Phối hợp với Sở Nội vụ rà soát các văn bản quy phạm pháp luật có liên quan.\n",
     {{"Sở Nội vụ", "chủ trì", "chủ trì|phối hợp", 2, 0},
      {"Sở Tư pháp", "phối hợp", "phối hợp", 1, 0}}},
    {"a copula clause before the verb of leading under a body's heading", 0,
     "III. TỔ CHỨC THỰC HIỆN\n"
     "2. Phân công nhiệm vụ\n"
     "a) Sở Khoa học và Công nghệ\n"
     "Là cơ quan đầu mối, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
     "Phối hợp với Sở Tài chính thẩm định dự toán các nhiệm vụ chuyển đổi số.\n",
     {{"Sở Khoa học và Công nghệ", "chủ trì", "chủ trì|phối hợp", 2, 0},
      {"Sở Tài chính", "phối hợp", "phối hợp", 1, 0}}},
    {"a lead-in group over items that each name their own body", 0,
     "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, địa phương triển khai các nội dung sau:\n"
     "1. Công an tỉnh chủ trì tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.\n"
     "2. Ủy ban nhân dân các xã, phường rà soát các điểm có nguy cơ sạt lở, báo cáo trước ngày 20/12/2025.\n",
     {{"các cơ quan, địa phương", NULL, NULL, -1, -1},
      {"Công an tỉnh", "chủ trì", "chủ trì", 1, 0},
      {"Ủy ban nhân dân các xã, phường", "thực hiện", "thực hiện", 1, 1}}},
    {"a lead-in group over items with no body of their own keeps them", 0,
     "Để triển khai kịp thời Nghị định, Sở Tư pháp đề nghị các sở, ban, ngành thực hiện tốt các nội dung "
     "sau:\n"
     "1. Rà soát các thủ tục hành chính thuộc phạm vi quản lý.\n"
     "2. Gửi kết quả rà soát về Sở Tư pháp trước ngày 10/12/2025.\n",
     {{"các sở, ban, ngành", "đề nghị", "đề nghị", 2, 1}}},
    {"a civil defence command named by its field and place", 0,
     "V. TỔ CHỨC THỰC HIỆN\n"
     "2. Giao Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì xây dựng phương án ứng phó với bão mạnh, siêu bão.\n",
     {{"Ban Chỉ huy Phòng thủ dân sự tỉnh", "chủ trì", "chủ trì", 1, 0},
      {"Ban Chỉ huy", NULL, NULL, -1, -1}}},
    {"an office of two bodies joined by 'và' and its place", 0,
     "V. TỔ CHỨC THỰC HIỆN\n"
     "3. Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh phối hợp với Sở Nội vụ chuẩn bị các "
     "điều kiện tổ chức tiếp xúc cử tri.\n",
     {{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "thực hiện", "thực hiện", 1, 0},
      {"Sở Nội vụ", "phối hợp", "phối hợp", 1, 0},
      {"Văn phòng Đoàn đại biểu Quốc hội", NULL, NULL, -1, -1}}},
    {"a centre named by its lower-case field after 'và', its verb after its place", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "5. Sở Tư pháp và Trung tâm Phục vụ hành chính công tỉnh niêm yết công khai các thủ tục hành chính "
     "mới.\n"
     "6. Sở Xây dựng chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh, Sở Công Thương kiểm tra "
     "các khu nhà ở công nhân.\n",
     {{"Sở Tư pháp", "thực hiện", "thực hiện", 1, 0},
      {"Trung tâm Phục vụ hành chính công tỉnh", "thực hiện", "thực hiện", 1, 0},
      {"Sở Xây dựng", "chủ trì", "chủ trì", 1, 0},
      {"Ban Quản lý các khu công nghiệp tỉnh", "phối hợp", "phối hợp", 1, 0},
      {"Sở Công Thương", "phối hợp", "phối hợp", 1, 0}}},
    {"a city's youth union named with its city as the item's subject", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "7. Thành đoàn Hải Phòng chủ trì tổ chức chiến dịch thanh niên tình nguyện hè năm 2026.\n"
     "8. Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia mô hình tiết kiệm.\n",
     {{"Thành đoàn Hải Phòng", "chủ trì", "chủ trì", 1, 0},
      {"Hội Liên hiệp Phụ nữ tỉnh", "thực hiện", "thực hiện", 1, 0}}},
    /* A place's proper name ends a body's name (session 23, segplace): after
     * a head and a kind of place ("xã", "phường", "tỉnh", "thành phố",
     * "đặc khu") come the place's capitalised syllables, a number ("phường
     * 3") or two names joined by a hyphen; the first lower-case word after
     * them is the predicate, even a short one before a comma or the stop. */
    {"a commune's people's committee given the investor's part after ';'", 0,
     "1. Đồng ý chủ trương sửa chữa chợ Phước Hưng; giao Ủy ban nhân dân xã Phước Hưng làm chủ đầu tư, "
     "hoàn thành trước ngày 30/9/2026.\n",
     {{"Ủy ban nhân dân xã Phước Hưng", "thực hiện", "thực hiện", 1, 0},
      {"Ủy ban nhân dân xã Phước Hưng làm chủ đầu tư", NULL, NULL, -1, -1}}},
    {"a ward's committee, abbreviated, and a short predicate before the stop", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "2. UBND phường Ngọc Hà bố trí địa điểm.\n",
     {{"Ủy ban nhân dân phường Ngọc Hà", "thực hiện", "thực hiện", 1, 0}}},
    {"a province after the 2025 mergers and a predicate of two verbs", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "3. Ủy ban nhân dân tỉnh Đắk Lắk rà soát, sắp xếp lại.\n",
     {{"Ủy ban nhân dân tỉnh Đắk Lắk", "thực hiện", "thực hiện", 1, 0}}},
    {"a ward named by a number", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "4. Ủy ban nhân dân phường 3 cập nhật dữ liệu dân cư.\n",
     {{"Ủy ban nhân dân phường 3", "thực hiện", "thực hiện", 1, 0}}},
    {"a city named by two names and a hyphen", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "5. Công an thành phố Phan Rang - Tháp Chàm tăng cường tuần tra.\n",
     {{"Công an thành phố Phan Rang - Tháp Chàm", "thực hiện", "thực hiện", 1, 0}}},
    {"a special zone (đặc khu) and its verbs", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "6. Ủy ban nhân dân đặc khu Côn Đảo kiểm tra, xử lý.\n",
     {{"Ủy ban nhân dân đặc khu Côn Đảo", "thực hiện", "thực hiện", 1, 0}}},
    {"two communes' committees joined by 'và', each with its head", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "7. Ủy ban nhân dân xã Tân Lập và Ủy ban nhân dân xã Tân Thành niêm yết công khai.\n",
     {{"Ủy ban nhân dân xã Tân Lập", "thực hiện", "thực hiện", 1, 0},
      {"Ủy ban nhân dân xã Tân Thành", "thực hiện", "thực hiện", 1, 0}}},
    {"one head over two communes joined by 'và' (one body each)", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "8. Ủy ban nhân dân xã Hòa An và xã Hòa Bình phối hợp thực hiện.\n",
     {{"Ủy ban nhân dân xã Hòa An", "phối hợp", "phối hợp", 1, 0},
      {"Ủy ban nhân dân xã Hòa Bình", "phối hợp", "phối hợp", 1, 0}}},
    {"communes' police in a comma list before their verb", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "9. Công an xã Tân Lập, Công an xã Tân Thành tuần tra ban đêm.\n",
     {{"Công an xã Tân Lập", "thực hiện", "thực hiện", 1, 0},
      {"Công an xã Tân Thành", "thực hiện", "thực hiện", 1, 0}}},
    {"a commune's farmers' union, a mass body, and its verb", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "10. Hội Nông dân xã Thanh Hà vận động hội viên.\n",
     {{"Hội Nông dân xã Thanh Hà", "thực hiện", "thực hiện", 1, 0}}},
    {"a commune's committee after a fronted time limit", 0,
     "Điều 2. Tổ chức thực hiện\n"
     "1. Chậm nhất 03 ngày kể từ ngày ký, Ủy ban nhân dân xã Phú Lộc niêm yết công khai.\n"
     "2. Sở Tài chính bố trí kinh phí thực hiện.\n",
     {{"Ủy ban nhân dân xã Phú Lộc", "thực hiện", "thực hiện", 1, 0},
      {"Sở Tài chính", "thực hiện", "thực hiện", 1, 0}}},
    {"a province's board whose name runs on after the province", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "12. Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng chủ trì thi công.\n",
     {{"Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng", "chủ trì", "chủ trì", 1, 0}}},
    /* session 24 (segnames5): one head over two places, a place closing
     * a lower-case run, the object of "chỉ đạo" without "các", a bare
     * youth union (tests/segment/names2 holds them in whole documents) */
    {"one committee's head over two communes, by 'và' and by a comma", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân xã Tân Phú và xã Tân Quý rà soát nhà, đất.\n"
     "2. Ủy ban nhân dân phường An Lạc, phường Bình Trị tổ chức niêm yết công khai.\n",
     {{"Ủy ban nhân dân xã Tân Phú", "phối hợp", "phối hợp", 1, 0},
      {"Ủy ban nhân dân xã Tân Quý", "phối hợp", "phối hợp", 1, 0},
      {"Ủy ban nhân dân phường An Lạc", "thực hiện", "thực hiện", 1, 0},
      {"Ủy ban nhân dân phường Bình Trị", "thực hiện", "thực hiện", 1, 0},
      {"Ủy ban nhân dân xã Tân Phú và xã Tân Quý", NULL, NULL, -1, -1}}},
    {"communes after 'tại' are places, a centre's name closed by its commune", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "3. Trung tâm Dịch vụ tổng hợp xã chuẩn bị hội trường tại xã Tân Phú và xã Tân Quý.\n",
     {{"Trung tâm Dịch vụ tổng hợp xã", "thực hiện", "thực hiện", 1, 0},
      {"Ủy ban nhân dân xã Tân Quý", NULL, NULL, -1, -1},
      {"Trung tâm Dịch vụ", NULL, NULL, -1, -1}}},
    {"the object of 'chỉ đạo' without 'các', persons after it no body", 1,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "4. Sở Y tế chỉ đạo đơn vị chuyên môn tăng cường giám sát dịch bệnh.\n"
     "5. Thành đoàn chỉ đạo đoàn viên, thanh niên tham gia tình nguyện.\n"
     "6. Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở tuyên truyền cho người lao động.\n",
     {{"đơn vị chuyên môn", "thực hiện", "thực hiện", 1, 1},
      {"Thành đoàn", "thực hiện", "thực hiện", 1, 0},
      {"công đoàn cơ sở", "thực hiện", "thực hiện", 1, 1},
      {"đoàn viên, thanh niên", NULL, NULL, -1, -1}}},
    {"a bare youth union before 'phối hợp với'", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "7. Thành đoàn phối hợp với Sở Giáo dục và Đào tạo tổ chức chương trình tình nguyện.\n",
     {{"Thành đoàn", "thực hiện", "thực hiện", 1, 0},
      {"Sở Giáo dục và Đào tạo", "phối hợp", "phối hợp", 1, 0}}},
    /* session 25 (segbound): where a group of units ends */
    {"communes restricted by 'có' and a noun, and by a qualifier of the places", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "1. Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân các xã có trụ sở cũ kiểm kê nhà, đất.\n"
     "2. Công an tỉnh phối hợp với Ủy ban nhân dân các xã vùng cao rà soát, di dời người dân.\n",
     {{"Ủy ban nhân dân các xã có trụ sở cũ", "phối hợp", "phối hợp", 1, 1},
      {"Ủy ban nhân dân các xã vùng cao", "phối hợp", "phối hợp", 1, 1},
      {"Ủy ban nhân dân các xã", NULL, NULL, -1, -1},
      {"Ủy ban nhân dân các xã vùng cao rà soát", NULL, NULL, -1, -1}}},
    {"'có văn bản' after communes is their predicate", 0,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "3. Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các xã, phường có văn bản đề nghị hỗ trợ kinh phí.\n",
     {{"Ủy ban nhân dân các xã, phường", "phối hợp", NULL, -1, 1},
      {"Ủy ban nhân dân các xã, phường có văn bản", NULL, NULL, -1, -1}}},
    {"two verbs of a name's field joined by a comma share their object", 1,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "4. Bệnh viện Đa khoa tỉnh phối hợp với Cục Quản lý Khám, chữa bệnh tập huấn cho các trạm y tế.\n",
     {{"Cục Quản lý Khám, chữa bệnh", "phối hợp", "phối hợp", 1, 0},
      {"Cục Quản lý Khám", NULL, NULL, -1, -1}}},
    {"'phòng, chống' and the object the pair shares", 1,
     "IV. TỔ CHỨC THỰC HIỆN\n"
     "5. Công an tỉnh chỉ đạo Phòng Cảnh sát phòng, chống tội phạm về ma túy kiểm tra các cơ sở lưu trú.\n",
     {{"Phòng Cảnh sát phòng, chống tội phạm về ma túy", "thực hiện", NULL, 1, 0},
      {"Phòng Cảnh sát phòng", NULL, NULL, -1, -1}}},
};

/* every role of want w's '|' list is a's, and a holds no other */
static int same_roles(const seg_agency *a, const char *roles)
{
    size_t n = 0;
    const char *s = roles;
    while (*s) {
        const char *e = strchr(s, '|');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        int found = 0;
        for (size_t k = 0; k < a->n_roles; k++)
            if (strlen(a->roles[k]) == len && !strncmp(a->roles[k], s, len))
                found = 1;
        if (!found)
            return 0;
        n++;
        s += len + (e != NULL);
    }
    return n == a->n_roles;
}

static void check(seg_ctx *ctx, const name_case *c)
{
    seg_result *r = run(ctx, c->text);
    char why[512] = "";
    for (int i = 0; i < 5 && c->w[i].name; i++) {
        const want *w = &c->w[i];
        const seg_agency *a = find(r, w->name);
        if (!w->role) {
            if (a)
                snprintf(why, sizeof why, "%s found (%s)", w->name, a->role);
            if (*why)
                break;
            continue;
        }
        if (!a)
            snprintf(why, sizeof why, "%s missed", w->name);
        else if (!streq(a->role, w->role))
            snprintf(why, sizeof why, "%s role %s, wanted %s", w->name, a->role, w->role);
        else if (w->roles && !same_roles(a, w->roles))
            snprintf(why, sizeof why, "%s holds %zu roles (%s ...), wanted %s", w->name, a->n_roles,
                     a->roles[0], w->roles);
        else if (w->tasks >= 0 && a->n_tasks != (size_t)w->tasks)
            snprintf(why, sizeof why, "%s %zu tasks, wanted %d", w->name, a->n_tasks, w->tasks);
        else if (w->collective >= 0 && a->collective != w->collective)
            snprintf(why, sizeof why, "%s collective %d, wanted %d", w->name, a->collective, w->collective);
        if (*why)
            break;
    }
    if (*why) /* what it read instead, to show where the reading went */
        for (size_t k = 0; k < r->n_agencies; k++)
            printf("    read: %s (%s)\n", r->agencies[k].name, r->agencies[k].role);
    fails += case_verdict(c->what, c->left, why);
    seg_result_free(r);
}

int main(void)
{
    seg_ctx *ctx = test_ctx();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(ctx, &cases[i]);
    seg_destroy(ctx);
    printf("%zu name and role cases, %d failed\n", sizeof cases / sizeof cases[0], fails);
    return fails ? 1 : 0;
}

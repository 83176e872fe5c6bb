# Thông báo của campaign-site bằng tiếng Việt. Mỗi thông báo có một mã và lời của nó;
# { $ten } là chỗ của một giá trị. Đường dẫn, khóa và giá trị giữ nguyên như người biên tập viết.

raw = { $text }

## Cách in một lỗi

diagnostic-error = { $place }: { $text }
diagnostic-warning = { $place }: cảnh báo: { $text }
diagnostic-note = { $place }: lưu ý: { $text }

## Ngôn ngữ của thông báo

lang-env-unknown = CAMPAIGN_SITE_LANG là "{ $value }", một ngôn ngữ campaign-site không dùng (chỉ có vi và en); dùng lựa chọn tiếp theo

## Vì sao hệ điều hành từ chối

io-not-found = không có tệp hoặc thư mục này
io-permission-denied = không có quyền truy cập
io-already-exists = đã có sẵn
io-storage-full = ổ đĩa đã đầy
io-read-only = ổ đĩa chỉ cho đọc
io-is-a-folder = đây là một thư mục
io-not-a-folder = một phần của đường dẫn không phải thư mục
io-invalid-data = đây không phải văn bản UTF-8
io-other = { $reason }

## Dòng lệnh

cli-usage = Cách dùng:
cli-commands = Lệnh
cli-command = LỆNH
cli-options-usage = TÙY CHỌN
cli-options = Tùy chọn
cli-arguments = Tham số
cli-help = In hướng dẫn này
cli-version = In số phiên bản
cli-about = Tạo trang web tĩnh cho kết quả các phong trào thi đua, bằng tiếng Việt và tiếng Anh.
cli-root = Thư mục chứa tệp site.yaml (mặc định: thư mục hiện tại)
cli-quiet = Chỉ in các lỗi (dùng trong tập lệnh)
cli-verbose = In thêm thời gian của từng bước
cli-lang = Ngôn ngữ của thông báo: vi hoặc en (nếu không có thì theo CAMPAIGN_SITE_LANG, rồi theo ngôn ngữ mặc định của trang, cuối cùng là tiếng Anh)
cli-build-about = Dựng toàn bộ trang web vào thư mục xuất bản (mặc định là public/)
cli-build-output = Thư mục xuất bản; đường dẫn tương đối tính từ thư mục hiện tại
cli-build-base-url = Dùng địa chỉ này thay cho base_url trong site.yaml
cli-build-drafts = Đăng cả các bài có draft: true (bản nháp)
cli-check-about = Dựng thử trong bộ nhớ và báo mọi lỗi, không ghi tệp nào
cli-check-drafts = Kiểm tra trang như khi dựng với --drafts (có cả bản nháp)
cli-serve-about = Chạy trang web trên máy này, dựng lại và tải lại trang mỗi khi có thay đổi
cli-serve-port = Cổng để nghe (mặc định: 1111)
cli-serve-bind = Địa chỉ để nghe (mặc định: 127.0.0.1, chỉ máy này)
cli-serve-drafts = Hiện cả các bài có draft: true (bản nháp)
cli-new-about = Tạo bài viết mới bằng mọi ngôn ngữ: content/<MỤC>/<TÊN>.<ngôn ngữ>.md
cli-new-section = Thư mục của chuyên mục trong content/, ví dụ news
cli-new-slug = Tên bài viết, dùng cho tên tệp và địa chỉ web
cli-new-bundle = Tạo thư mục <TÊN>/ với các tệp index.<ngôn ngữ>.md, cho bài viết có ảnh
cli-new-new-section = Mở một chuyên mục mới: tạo thư mục content/<MỤC>/
cli-init-about = Tạo một trang web mới trong THƯ_MỤC, dựng được ngay
cli-init-dir = Thư mục để tạo trang web (mới hoặc đang trống)
cli-schema-about = Ghi các JSON Schema của site.yaml, phần đầu bài viết, campaign.yaml và tệp đơn vị, để trình soạn thảo kiểm tra YAML ngay khi gõ
cli-schema-output = Thư mục ghi (mặc định là .schemas/ trong thư mục trang); đường dẫn tương đối tính từ thư mục hiện tại
cli-value-root = THƯ_MỤC
cli-value-lang = NGÔN_NGỮ
cli-value-output = THƯ_MỤC
cli-value-base-url = ĐỊA_CHỈ
cli-value-port = CỔNG
cli-value-bind = ĐỊA_CHỈ
cli-value-section = MỤC
cli-value-slug = TÊN
cli-value-dir = THƯ_MỤC
cli-error = lỗi: { $text }
cli-unknown-argument = không có tùy chọn { $argument }{ $hint }; xem --help
cli-unknown-command = không có lệnh "{ $command }"{ $hint }; các lệnh là build, check, serve, new và init
cli-invalid-value = { $argument } không nhận giá trị "{ $value }"{ $hint }
cli-missing-argument = thiếu { $argument }; xem --help
cli-conflict = không dùng được { $argument } cùng với { $other }
cli-missing-command = hãy cho biết cần làm gì: build, check, serve, new hoặc init (xem --help)
cli-other = { $text }
cli-did-you-mean = ; có phải bạn muốn viết { $suggestion }?
cli-use-one-of = ; hãy dùng một trong: { $valid }
nothing = {""}

## Các lệnh in ra

tool-error = lỗi: { $text }
build-failed = dựng không thành công: { $errors } lỗi{ $unchecked }; thư mục xuất bản giữ nguyên như cũ
check-failed = kiểm tra không thành công: { $errors } lỗi{ $unchecked }; không tệp nào được ghi
new-failed = không tạo được bài: { $errors } lỗi{ $unchecked }; không tệp nào được tạo
serve-failed = không chạy được trang: { $errors } lỗi{ $unchecked }
init-failed = không tạo được trang web: { $errors } lỗi{ $unchecked }
created-file = đã tạo { $path }
init-created = đã tạo trang web mới trong { $dir } ({ $files } tệp)
init-next = dựng trang bằng lệnh: campaign-site build --root { $dir }
schema-wrote = đã ghi { $path }
schema-failed = không ghi được schema: { $errors } lỗi{ $unchecked }

## Lời chú thích trong phần đầu của bài viết mới

new-comment-title = Tiêu đề bài viết, hiện ở đầu trang và trong danh sách bài
new-comment-date = Ngày giờ đăng bài, dạng 2023-09-07T21:28:00+07:00
new-comment-author = Tác giả bài viết
new-comment-no-author = Tác giả bài viết: điền tên vào giữa hai dấu ngoặc kép
new-comment-category = Chuyên mục của bài, ví dụ "Tin hoạt động"; để trống nếu không có
new-comment-tags = Từ khóa, ví dụ [sáng kiến, Thanh Hóa]; để [] nếu không có
new-comment-summary = Tóm tắt hiện trong danh sách bài; để trống thì dùng đoạn văn đầu tiên
new-comment-draft = Bản nháp chưa được đăng; đổi thành false để đăng bài
stage-time = {"  "}{ $stage }: { $millis } ms
build-summary = đã dựng { $articles } bài viết ({ $per_lang }), { $files } tệp vào { $output } trong { $millis } ms
check-summary = { $errors } lỗi, { $warnings } cảnh báo{ $unchecked }
files-not-checked = , { $files } tệp chưa kiểm tra được (có thể còn lỗi khác, sẽ hiện ra khi sửa xong các lỗi trên)

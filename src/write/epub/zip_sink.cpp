#include "write/epub/zip_sink.hpp"

#include "model/diagnostic.hpp"

#include <zip.h>

#include <ctime>
#include <list>

namespace galley::write::epub {

using model::Error;

struct ZipSink::Impl {
    zip_source_t* buffer = nullptr;
    zip_t* archive = nullptr;
    zip_uint16_t dos_time = 0;
    zip_uint16_t dos_date = 0;
    // libzip reads added data only at zip_close(), so the bytes must live
    // until then; a list never moves its elements.
    std::list<std::string> keep;
};

namespace {

// MS-DOS date and time fields, computed in UTC (libzip's own conversion
// uses the local time zone, which would make builds depend on TZ).
void dos_stamp(long long epoch, zip_uint16_t& time, zip_uint16_t& date) {
    if (epoch < 315532800) epoch = 315532800; // 1980-01-01, the format's first day
    const std::time_t t = static_cast<std::time_t>(epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    if (tm.tm_year > 207) tm = std::tm{0, 0, 0, 31, 11, 207, 0, 0, 0, 0, nullptr}; // 2107, the last
    time = static_cast<zip_uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    date =
        static_cast<zip_uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

std::string zip_message(zip_error_t* err) {
    const std::string msg = zip_error_strerror(err);
    zip_error_fini(err);
    return msg;
}

} // namespace

ZipSink::ZipSink(long long epoch) : impl_(std::make_unique<Impl>()) {
    dos_stamp(epoch, impl_->dos_time, impl_->dos_date);
    zip_error_t err;
    zip_error_init(&err);
    impl_->buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!impl_->buffer) throw Error("cannot create zip buffer: " + zip_message(&err));
    zip_source_keep(impl_->buffer); // we read it after zip_close()
    impl_->archive = zip_open_from_source(impl_->buffer, ZIP_TRUNCATE, &err);
    if (!impl_->archive) {
        zip_source_free(impl_->buffer);
        throw Error("cannot create zip archive: " + zip_message(&err));
    }
}

ZipSink::~ZipSink() {
    if (impl_->archive) zip_discard(impl_->archive);
    if (impl_->buffer) zip_source_free(impl_->buffer);
}

void ZipSink::add(const PackagePath& path, std::string_view bytes, bool compress) {
    if (!impl_->archive) throw Error("zip archive already finished");
    const std::string& data = impl_->keep.emplace_back(bytes);
    zip_source_t* src = zip_source_buffer(impl_->archive, data.data(), data.size(), 0);
    if (!src) throw Error(path.str() + ": " + zip_strerror(impl_->archive));
    const zip_int64_t index =
        zip_file_add(impl_->archive, path.str().c_str(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(src);
        throw Error(path.str() + ": " + zip_strerror(impl_->archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(impl_->archive, i, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9) !=
            0 ||
        zip_file_set_dostime(impl_->archive, i, impl_->dos_time, impl_->dos_date, 0) != 0)
        throw Error(path.str() + ": " + zip_strerror(impl_->archive));
}

std::string ZipSink::finish() {
    if (!impl_->archive) throw Error("zip archive already finished");
    if (zip_close(impl_->archive) != 0) {
        const std::string msg = zip_strerror(impl_->archive);
        zip_discard(impl_->archive);
        impl_->archive = nullptr;
        throw Error("cannot write zip archive: " + msg);
    }
    impl_->archive = nullptr;

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(impl_->buffer, &st) != 0 || zip_source_open(impl_->buffer) != 0)
        throw Error("cannot read zip buffer back");
    std::string bytes(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = zip_source_read(impl_->buffer, bytes.data(), st.size);
    zip_source_close(impl_->buffer);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
        throw Error("cannot read zip buffer back");
    impl_->keep.clear();
    return bytes;
}

} // namespace galley::write::epub

#include "write/epub/zip_sink.hpp"

#include "model/diagnostic.hpp"

#include <libdeflate.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <list>

namespace galley::write::epub {

using model::Error;

struct ZipSink::Impl {
    zip_source_t* buffer = nullptr;
    zip_t* archive = nullptr;
    zip_uint16_t dos_time = 0;
    zip_uint16_t dos_date = 0;
    // libzip reads added data only at zip_close(), so the entries must live
    // until then; a list never moves its elements.
    std::list<PreparedEntry> keep;
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

// libdeflate's level 6 compresses as well as zlib's level 6 (the zip tools'
// default), faster. One compressor per thread, made on first use.
constexpr int deflate_level = 6;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

libdeflate_compressor& thread_compressor() {
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
    if (!compressor) {
        compressor.reset(libdeflate_alloc_compressor(deflate_level));
        if (!compressor) throw Error("cannot allocate a deflate compressor");
    }
    return *compressor;
}

// A libzip source serving an entry deflated already: its stat says so (method,
// sizes, CRC), so zip_close() copies the bytes instead of compressing them.
struct DeflatedSource {
    const PreparedEntry* entry;
    zip_uint64_t offset = 0;
    zip_error_t error;
};

zip_int64_t deflated_source(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto* s = static_cast<DeflatedSource*>(state);
    const std::string& bytes = s->entry->bytes;
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        s->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const zip_uint64_t n = std::min<zip_uint64_t>(len, bytes.size() - s->offset);
        std::memcpy(data, bytes.data() + s->offset, n);
        s->offset += n;
        return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto* st = static_cast<zip_stat_t*>(data);
        zip_stat_init(st);
        st->size = s->entry->size;
        st->comp_size = bytes.size();
        st->crc = s->entry->crc32;
        st->comp_method = ZIP_CM_DEFLATE;
        st->encryption_method = ZIP_EM_NONE;
        st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD |
                    ZIP_STAT_ENCRYPTION_METHOD;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&s->error);
        delete s;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&s->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
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
    add_prepared(path, prepare(std::string(bytes), compress));
}

PreparedEntry ZipSink::prepare(std::string bytes, bool compress) const {
    PreparedEntry e;
    e.compress = compress;
    if (compress && !bytes.empty()) {
        // Compress into a per-thread scratch buffer, then keep an exact-size
        // copy: the archive holds only what it stores.
        thread_local std::string scratch;
        libdeflate_compressor& c = thread_compressor();
        scratch.resize(libdeflate_deflate_compress_bound(&c, bytes.size()));
        const std::size_t n =
            libdeflate_deflate_compress(&c, bytes.data(), bytes.size(), scratch.data(), scratch.size());
        if (n > 0 && n < bytes.size()) {
            e.deflated = true;
            e.size = bytes.size();
            e.crc32 = libdeflate_crc32(0, bytes.data(), bytes.size());
            e.bytes.assign(scratch.data(), n);
            return e;
        }
    }
    e.bytes = std::move(bytes); // stored as it is
    e.size = e.bytes.size();
    return e;
}

void ZipSink::add_prepared(const PackagePath& path, PreparedEntry entry) {
    if (!impl_->archive) throw Error("zip archive already finished");
    const PreparedEntry& e = impl_->keep.emplace_back(std::move(entry));
    zip_source_t* src = nullptr;
    if (e.deflated) {
        auto* state = new DeflatedSource{&e, 0, {}};
        zip_error_init(&state->error);
        src = zip_source_function(impl_->archive, deflated_source, state);
        if (!src) {
            zip_error_fini(&state->error);
            delete state;
        }
    } else {
        src = zip_source_buffer(impl_->archive, e.bytes.data(), e.bytes.size(), 0);
    }
    if (!src) throw Error(path.str() + ": " + zip_strerror(impl_->archive));
    const zip_int64_t index =
        zip_file_add(impl_->archive, path.str().c_str(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(src);
        throw Error(path.str() + ": " + zip_strerror(impl_->archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    // A deflated entry keeps its method (libzip copies it); anything else is
    // stored, never compressed again by libzip.
    if ((!e.deflated && zip_set_file_compression(impl_->archive, i, ZIP_CM_STORE, 0) != 0) ||
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

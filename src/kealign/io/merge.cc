#include "kealign/io/merge.h"

#include <filesystem>
#include <fstream>

#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

std::ifstream OpenOutput(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) {
    throw InputError(path,
                     "cannot read this document's output to merge it (was it removed "
                     "while the batch ran?)");
  }
  return in;
}

// Copies each line of `path` to `out`, after `before` and with `after` before the newline.
// Returns the number of lines.
std::size_t CopyLines(const std::string& path, const std::string& before, std::ostream& out) {
  std::ifstream in = OpenOutput(path);
  std::string line;
  std::size_t count = 0;
  while (std::getline(in, line)) {
    out << before << line << '\n';
    ++count;
  }
  if (in.bad()) throw InputError(path, "read error");
  return count;
}

}  // namespace

std::vector<Format> MergeableFormats(const std::vector<Format>& formats) {
  std::vector<Format> mergeable;
  for (Format format : formats) {
    if (format == Format::kMoses || format == Format::kTsv || format == Format::kJsonl) {
      mergeable.push_back(format);
    }
  }
  return mergeable;
}

std::vector<std::string> MergedPaths(const std::vector<Format>& formats,
                                     const std::string& prefix) {
  std::vector<std::string> paths;
  for (Format format : MergeableFormats(formats)) {
    if (format == Format::kMoses) {
      for (const char* extension : {".ko", ".en", ".docs"}) paths.push_back(prefix + extension);
    } else {
      paths.push_back(prefix + (format == Format::kTsv ? ".tsv" : ".jsonl"));
    }
  }
  return paths;
}

std::vector<std::string> MergeOutputs(const std::vector<std::string>& names,
                                      const std::string& directory,
                                      const std::vector<Format>& formats,
                                      const std::string& prefix) {
  OutputFileSet files;
  const std::vector<std::string> paths = MergedPaths(formats, prefix);
  std::vector<std::ostream*> streams;
  for (const std::string& path : paths) streams.push_back(&files.Add(path));
  const auto input = [&](const std::string& name, const char* extension) {
    return (std::filesystem::path(directory) / (name + extension)).string();
  };
  std::size_t next = 0;
  for (Format format : MergeableFormats(formats)) {
    if (format == Format::kMoses) {
      std::ostream& korean = *streams[next++];
      std::ostream& english = *streams[next++];
      std::ostream& docs = *streams[next++];
      for (const std::string& name : names) {
        const std::size_t lines = CopyLines(input(name, ".ko"), "", korean);
        if (CopyLines(input(name, ".en"), "", english) != lines) {
          throw InputError(input(name, ".en"),
                           "not as many lines as the Korean side: the outputs of this document "
                           "do not belong together (redo it with --force)");
        }
        for (std::size_t i = 0; i < lines; ++i) docs << name << '\n';
      }
    } else if (format == Format::kTsv) {
      std::ostream& out = *streams[next++];
      for (const std::string& name : names) CopyLines(input(name, ".tsv"), name + "\t", out);
    } else {
      std::ostream& out = *streams[next++];
      for (const std::string& name : names) {
        // Each row `{"ko":…}` becomes `{"id":NAME,"ko":…}`.
        const std::string id = "{\"id\":" + JsonString(name) + ",";
        std::ifstream in = OpenOutput(input(name, ".jsonl"));
        std::string line;
        while (std::getline(in, line)) {
          if (line.empty() || line[0] != '{') {
            throw InputError(input(name, ".jsonl"), "not a kealign JSONL output");
          }
          out << id << std::string_view(line).substr(1) << '\n';
        }
      }
    }
  }
  files.Commit();
  return paths;
}

}  // namespace kealign::io

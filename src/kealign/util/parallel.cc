#include "kealign/util/parallel.h"

#include <sched.h>

#include <cmath>
#include <fstream>
#include <string>

namespace kealign::util {
namespace {

// The cgroup v2 quota of this process in CPUs, rounded up, or 0 if there is none. Reads
// `/proc/self/cgroup` ("0::/PATH") and `/sys/fs/cgroup/PATH/cpu.max` ("QUOTA PERIOD" or
// "max PERIOD"); cgroup v1 and missing files mean no quota.
int CgroupQuota() {
  std::ifstream cgroup("/proc/self/cgroup");
  std::string line, path;
  while (std::getline(cgroup, line)) {
    if (line.starts_with("0::")) path = line.substr(3);
  }
  if (path.empty()) return 0;
  // The quota may be set on this group or on any group above it; the lowest wins.
  int lowest = 0;
  while (true) {
    std::ifstream max("/sys/fs/cgroup" + (path == "/" ? std::string() : path) + "/cpu.max");
    std::string quota;
    double period = 0;
    if (max >> quota >> period && quota != "max" && period > 0) {
      const int cpus = static_cast<int>(std::ceil(std::stod(quota) / period));
      if (cpus > 0 && (lowest == 0 || cpus < lowest)) lowest = cpus;
    }
    if (path == "/" || path.empty()) break;
    const std::size_t slash = path.rfind('/');
    path = slash == 0 || slash == std::string::npos ? "/" : path.substr(0, slash);
  }
  return lowest;
}

}  // namespace

int AvailableCores() {
  int cores = static_cast<int>(std::thread::hardware_concurrency());
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0) cores = CPU_COUNT(&set);
  try {
    const int quota = CgroupQuota();
    if (quota > 0 && quota < cores) cores = quota;
  } catch (const std::exception&) {
    // A malformed cpu.max (std::stod) is no reason to fail a run: keep the affinity count.
  }
  return std::max(1, cores);
}

}  // namespace kealign::util

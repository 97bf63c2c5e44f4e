// Running independent work items on a few threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kealign::util {

// The cores this process may use (at least 1): the CPUs of its affinity mask (what `taskset`,
// Slurm's cpusets and `docker --cpuset-cpus` allow), lowered to a cgroup v2 CPU quota rounded up
// (`docker --cpus`, Kubernetes limits). `std::thread::hardware_concurrency` counts every CPU of
// the machine, so a job given 4 of 64 cores would start 64 threads.
int AvailableCores();

// The number of threads `jobs` asks for: itself if positive, else `AvailableCores()`.
inline int ThreadCount(int jobs) { return jobs > 0 ? jobs : AvailableCores(); }

// Calls `work(worker, item)` for every item in [0, num_items) on at most `num_threads` threads
// (the calling thread is worker 0; no more threads than items). Items are handed out in order,
// one at a time, so a worker index can own per-thread state (a pipeline, a scratch buffer)
// while the result of each item must not depend on which worker ran it. The first exception
// thrown by `work` stops the hand-out of new items; every thread is joined and that exception
// is rethrown here, never `std::terminate`.
template <typename Work>
void ParallelFor(int num_threads, std::size_t num_items, Work&& work) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto run = [&](int worker) {
    try {
      for (std::size_t item = next++; item < num_items; item = next++) work(worker, item);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = num_items;
    }
  };
  const int threads = static_cast<int>(
      std::clamp<std::size_t>(num_items, 1, static_cast<std::size_t>(std::max(1, num_threads))));
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int worker = 1; worker < threads; ++worker) pool.emplace_back(run, worker);
  run(0);
  for (std::thread& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kealign::util

#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace axion {

// A list whose elements never move once added (other records point at them), allocated a chunk
// of N elements at a time. std::deque keeps the addresses stable too, but it puts large elements
// (an order record is some 400 bytes) one to a node: one allocation per element.
template <typename T, std::size_t N = 64>
class StableStore {
public:
    StableStore() = default;
    StableStore(const StableStore&) = delete;
    StableStore& operator=(const StableStore&) = delete;
    ~StableStore() {
        for (std::size_t i = 0; i < m_size; ++i)
            std::destroy_at(&(*this)[i]);
    }

    template <typename... Args>
    T& emplace_back(Args&&... args) {
        if (m_size == m_chunks.size() * N)
            m_chunks.push_back(std::unique_ptr<Chunk>(new Chunk)); // storage only, not zeroed
        T* element = std::construct_at(address(m_size), std::forward<Args>(args)...);
        ++m_size;
        return *element;
    }

    T& operator[](std::size_t i) { return *std::launder(address(i)); }
    const T& operator[](std::size_t i) const { return *std::launder(address(i)); }
    std::size_t size() const { return m_size; }

private:
    struct Chunk {
        alignas(T) std::byte bytes[sizeof(T) * N];
    };
    T* address(std::size_t i) { return reinterpret_cast<T*>(m_chunks[i / N]->bytes) + i % N; }
    const T* address(std::size_t i) const {
        return reinterpret_cast<const T*>(m_chunks[i / N]->bytes) + i % N;
    }

    std::vector<std::unique_ptr<Chunk>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace axion

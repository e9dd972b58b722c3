#include "http/HttpListener.h"

#include "http/HttpListenerCore.h"
#include "http/HttpSession.h"

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

#include <openssl/ssl.h>

#include <chrono>
#include <thread>

namespace castellan {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

/// The context every connection's TLS starts from; its certificate comes from `certificate` at each handshake.
net::ssl::context makeTlsContext(const ServerCertificate& certificate)
{
    net::ssl::context context(net::ssl::context::tls_server);
    context.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                        net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1 |
                        net::ssl::context::single_dh_use);
    SSL_CTX* native = context.native_handle();
    SSL_CTX_set_cipher_list(native, kServerCipherList);
    static const unsigned char kSessionContext[] = "castellan";
    SSL_CTX_set_session_id_context(native, kSessionContext, sizeof kSessionContext - 1);
    certificate.presentOn(native);
    return context;
}

std::string describe(const tcp::endpoint& endpoint)
{
    const auto address = endpoint.address();
    return (address.is_v6() ? "[" + address.to_string() + "]" : address.to_string()) + ":" +
           std::to_string(endpoint.port());
}

} // namespace

void HttpListenerCore::accept()
{
    acceptor.async_accept(net::make_strand(io), [this](boost::system::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || stopping) {
            return;
        }
        if (!ec) {
            boost::system::error_code peerError;
            const tcp::endpoint peer = socket.remote_endpoint(peerError);
            std::string source = peerError ? std::string("unknown") : peer.address().to_string();
            if (peer.address().is_v6() && peer.address().to_v6().is_v4_mapped()) {
                source = net::ip::make_address_v4(net::ip::v4_mapped, peer.address().to_v6()).to_string();
            }
            switch (limits.admit(source)) {
            case ConnectionLimits::Admission::Admitted:
                ++counters.accepted;
                socket.set_option(tcp::no_delay(true), peerError);
                std::make_shared<HttpSession>(std::move(socket), *this, std::move(source))->start();
                break;
            case ConnectionLimits::Admission::AddressFull:
                ++counters.refusedAddressFull; // refused at once: closing costs no worker and no handshake
                break;
            case ConnectionLimits::Admission::ServerFull:
                ++counters.refusedServerFull;
                break;
            }
        } else if (ec == net::error::no_descriptors) {
            // Out of file descriptors: wait a little instead of spinning on the failing accept.
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        accept();
    });
}

HttpListener::HttpListener(ListenerSettings settings, const Router& router, Observer observe)
    : m_core(std::make_unique<HttpListenerCore>(std::move(settings), router, std::move(observe)))
{}

HttpListener::~HttpListener()
{
    stop(0);
}

void HttpListener::start()
{
    HttpListenerCore& core = *m_core;
    const ListenerSettings& s = core.settings;
    core.certificate = std::make_unique<ServerCertificate>(s.certFile, s.keyFile);
    if (auto loaded = core.certificate->load(); !loaded) {
        throw Poco::InvalidArgumentException(loaded.error().message);
    } else {
        Poco::Logger::get("tls").information("%s presents %s", s.name, loaded.value());
    }
    core.tls.emplace(makeTlsContext(*core.certificate));
    boost::system::error_code ec;
    const net::ip::address address = net::ip::make_address(s.address, ec);
    if (ec) {
        throw Poco::InvalidArgumentException("not an IP address: " + s.address);
    }
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(s.port));
    core.acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        // Address reuse for quick restarts, but never SO_REUSEPORT: a second server on the same port must fail.
        core.acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
        core.acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        core.acceptor.listen(1024, ec);
    }
    if (ec) {
        throw Poco::Net::NetException("cannot listen on " + describe(endpoint) + ": " + ec.message());
    }
    core.accept();
    for (int i = 0; i < std::max(1, s.ioThreads); ++i) {
        core.ioThreads.emplace_back([&core] {
            for (;;) {
                try {
                    core.io.run();
                    return;
                } catch (const std::exception& e) {
                    Poco::Logger::get("http").error("I/O thread: %s", std::string(e.what()));
                }
            }
        });
    }
}

void HttpListener::stop(int graceSeconds)
{
    HttpListenerCore& core = *m_core;
    if (core.ioThreads.empty()) {
        return;
    }
    core.stopping = true;
    net::post(core.acceptor.get_executor(), [&core] {
        boost::system::error_code ignored;
        core.acceptor.close(ignored);
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(graceSeconds);
    while (core.inFlight.load() > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    core.io.stop();
    for (std::thread& t : core.ioThreads) {
        t.join();
    }
    core.ioThreads.clear();
    core.workers.join();
}

Result<std::string> HttpListener::reloadCertificate()
{
    if (!m_core->certificate) {
        return Error::of(ErrorCode::Unavailable, "the listener " + m_core->settings.name + " is not started");
    }
    return m_core->certificate->reload();
}

std::string HttpListener::boundAddress() const
{
    boost::system::error_code ec;
    const tcp::endpoint endpoint = m_core->acceptor.local_endpoint(ec);
    return ec ? std::string("?") : describe(endpoint);
}

const ListenerSettings& HttpListener::settings() const
{
    return m_core->settings;
}

const HttpListener::Counters& HttpListener::counters() const
{
    return m_core->counters;
}

std::size_t HttpListener::openConnections() const
{
    return m_core->limits.open();
}

} // namespace castellan

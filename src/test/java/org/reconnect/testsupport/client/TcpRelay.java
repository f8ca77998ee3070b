package org.reconnect.testsupport.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on loopback to another address (a test's way to the database for one server), which
 * a test can cut, as a network that fails between that server and the database would, and mend
 * again on the same port. Cutting closes the listening port (new connections are refused at once)
 * and every connection through it.
 */
public final class TcpRelay implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tcp-relay");
        thread.setDaemon(true);
        return thread;
    });
    private ServerSocket listening;

    public TcpRelay(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        this.listening = listen(0);
        this.port = listening.getLocalPort();
        accept(listening);
    }

    public int port() {
        return port;
    }

    /** Refuses new connections and ends every open one. */
    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Takes connections again, on the same port (waiting up to 10 s for the port to be free again). */
    public synchronized void mend() throws IOException {
        if (!listening.isClosed()) {
            return;
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                listening = listen(port);
                break;
            } catch (java.net.BindException taken) {
                if (System.nanoTime() > deadline) {
                    throw taken;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw taken;
                }
            }
        }
        accept(listening);
    }

    @Override
    public void close() throws IOException {
        cut();
        threads.shutdownNow();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket server) {
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket in = server.accept();
                    Socket out = new Socket();
                    // one accepted just as the relay was cut must not outlive the cut
                    synchronized (this) {
                        if (server.isClosed()) {
                            closeBoth(in, out);
                            continue;
                        }
                        open.add(in);
                        open.add(out);
                    }
                    try {
                        out.connect(target, 2_000);
                    } catch (IOException unreachable) {
                        closeBoth(in, out);
                        continue;
                    }
                    threads.execute(() -> pump(in, out));
                    threads.execute(() -> pump(out, in));
                } catch (IOException closed) {
                    // cut: the loop ends with the socket
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // either side closed, or the relay was cut
        } finally {
            closeBoth(from, to);
        }
    }

    private void closeBoth(Socket a, Socket b) {
        for (Socket socket : new Socket[] {a, b}) {
            open.remove(socket);
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

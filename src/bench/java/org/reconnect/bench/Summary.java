package org.reconnect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The figures of a benchmark run, read from Gatling's stats and the census, as Markdown. */
final class Summary {

    static final String CONTROL = "control (caseload from memory)";

    private final boolean smoke;
    private final int users;
    private final int hold;
    private final List<Size> sizes = new ArrayList<>();

    Summary(boolean smoke, int users, int hold) {
        this.smoke = smoke;
        this.users = users;
        this.hold = hold;
    }

    int users() {
        return users;
    }

    int hold() {
        return hold;
    }

    /** One request of the load run: what Gatling measured. */
    record Load(String name, long ok, long ko, double perSecond, double mean, long p50, long p95, long p99) {
    }

    /** One request of the census: statements and transactions per request, each of its repeats. */
    record Census(String name, List<Long> statements, List<Long> transactions, long failed) {
    }

    static final class Size {
        final String name;
        final int couples;
        int gatlingExit = -1;
        int censusExit = -1;
        Map<String, Load> load = Map.of();
        Map<String, Census> census = Map.of();
        int heapSessions;
        long heapPerSession = -1;
        long auditMillis = -1;
        long auditRows = -1;
        boolean auditIntact;
        /** With -Dbench.balancer=true: the same load straight to one ha node and through the balancer, alternately. */
        final List<Map<String, Load>> straight = new ArrayList<>();
        final List<Map<String, Load>> throughBalancer = new ArrayList<>();
        final List<Integer> balancerExits = new ArrayList<>();

        Size(String name, int couples) {
            this.name = name;
            this.couples = couples;
        }

        long errors() {
            long ko = load.values().stream().mapToLong(Load::ko).sum();
            long censusFailed = census.values().stream().mapToLong(Census::failed).sum();
            return ko + censusFailed;
        }

        /** Failed requests of the runs straight to a cluster node and through the balancer. */
        long balancerErrors() {
            return java.util.stream.Stream.concat(straight.stream(), throughBalancer.stream())
                    .flatMap(run -> run.values().stream()).mapToLong(Load::ko).sum();
        }
    }

    Size size(String name, int couples) {
        Size size = new Size(name, couples);
        sizes.add(size);
        return size;
    }

    Size last() {
        return sizes.get(sizes.size() - 1);
    }

    /** Whether anything failed: a request (load or census), a Gatling run or the audit chain. */
    boolean failed() {
        return sizes.stream().anyMatch(s -> s.errors() > 0 || s.gatlingExit != 0 || s.censusExit != 0 || !s.auditIntact
                || s.balancerErrors() > 0 || s.balancerExits.stream().anyMatch(exit -> exit != 0));
    }

    /**
     * The newest run's statistics table in Gatling's {@code index.html} (its only per-request
     * figures in text: the run log is binary): one entry per request name.
     */
    static Map<String, Load> readStats(Path resultsFolder) throws IOException {
        Map<String, Load> loads = new LinkedHashMap<>();
        if (!Files.isDirectory(resultsFolder)) {
            return loads;
        }
        Path run;
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            run = runs.filter(p -> Files.exists(p.resolve("index.html"))).max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElse(null);
        }
        if (run == null) {
            return loads;
        }
        String html = Files.readString(run.resolve("index.html"));
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String name = row.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'");
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(html.substring(row.end(), Math.min(html.length(), row.end() + 3000)));
            while (cell.find() && !cells.containsKey(Integer.parseInt(cell.group(1)))) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).replace(",", "").strip());
                if (cells.size() == 13) {
                    break;
                }
            }
            if (cells.size() < 13) {
                continue;
            }
            loads.put(name, new Load(name, whole(cells.get(3)), whole(cells.get(4)), Double.parseDouble(cells.get(6)),
                    Double.parseDouble(cells.get(13)), whole(cells.get(8)), whole(cells.get(10)), whole(cells.get(11))));
        }
        return loads;
    }

    /** A request's name cell, then its figures (col-2 total ... col-14 standard deviation). */
    private static final Pattern ROW = Pattern.compile("id=\"stats-table-req_[^\"]*\" class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private static long whole(String value) {
        return value.isEmpty() || value.equals("-") ? 0 : Math.round(Double.parseDouble(value));
    }

    /** The census file: name, statements, transactions, ok|failed, one line per request. */
    static Map<String, Census> readCensus(Path file) {
        Map<String, Census> census = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return census;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\t");
                if (f.length < 4) {
                    continue;
                }
                Census c = census.computeIfAbsent(f[0], n -> new Census(n, new ArrayList<>(), new ArrayList<>(), 0));
                c.statements().add(Long.parseLong(f[1]));
                c.transactions().add(Long.parseLong(f[2]));
                if (!"ok".equals(f[3])) {
                    census.put(f[0], new Census(f[0], c.statements(), c.transactions(), c.failed() + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return census;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Reconnect load benchmark").append(smoke ? " (smoke)" : "").append("\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(", Java ")
                .append(System.getProperty("java.version")).append("; WildFly, MariaDB and Gatling on the same machine. ")
                .append("Load: ramp to ").append(users).append(" concurrent users (40 % therapists, 50 % partners, 10 % admins), ")
                .append(hold).append(" s each, signed in once, then page after page with a short think time.\n\n");
        md.append("Ratio to control: the page's throughput per user as a share of the control page's in the same run ")
                .append("(control mean response time / page mean response time; 100 % = costs no more than the stack itself). ")
                .append("Statements and transactions per request: Hibernate's statistics around the request sent alone ")
                .append("(census, 3 repeats; a range when the repeats differ); \"with tx\" adds begin and commit per transaction.\n\n");
        for (Size size : sizes) {
            md.append("## ").append(size.name).append("\n\n");
            md.append("| request | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to control | statements | transactions | with tx |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            Load control = size.load.get(CONTROL);
            Map<String, Object> names = new LinkedHashMap<>();
            size.load.keySet().forEach(n -> names.put(n, n));
            size.census.keySet().forEach(n -> names.put(n, n));
            for (String name : names.keySet()) {
                if (name.equals("census")) {
                    continue;
                }
                Load l = size.load.get(name);
                Census c = size.census.get(name);
                md.append("| ").append(name).append(" | ");
                if (l == null) {
                    md.append("– | – | – | – | – | – | ");
                } else {
                    md.append(String.format(Locale.ROOT, "%.1f | %d | %d | %d | %d | ", l.perSecond(), l.p50(), l.p95(), l.p99(), l.ko()));
                    md.append(control == null || l.mean() <= 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * control.mean() / l.mean()))
                            .append(" | ");
                }
                if (c == null) {
                    md.append("– | – | – |\n");
                } else {
                    md.append(range(c.statements())).append(" | ").append(range(c.transactions())).append(" | ")
                            .append(range(withTransactionControl(c))).append(" |\n");
                }
            }
            md.append('\n');
            md.append("- errors: ").append(size.errors()).append(" (Gatling exit ").append(size.gatlingExit).append(", census exit ")
                    .append(size.censusExit).append(")\n");
            md.append("- heap retained per signed-in session: ")
                    .append(size.heapPerSession < 0 ? "not measured" : String.format(Locale.ROOT, "%.1f KB", size.heapPerSession / 1024.0))
                    .append(" (").append(size.heapSessions).append(" partner sessions, live heap after a full GC before and after)\n");
            md.append("- audit chain verification: ")
                    .append(size.auditMillis < 0 ? "not measured" : size.auditMillis + " ms for " + size.auditRows + " events, "
                            + (size.auditIntact ? "intact" : "NOT INTACT"))
                    .append("\n\n");
            if (!size.balancerExits.isEmpty()) {
                balancer(md, size);
            }
        }
        if (sizes.size() > 1) {
            md.append("## Growth\n\n| request | statements |");
            sizes.forEach(s -> md.append(' ').append(s.name).append(" |"));
            md.append("\n|---|");
            sizes.forEach(s -> md.append("---:|"));
            md.append('\n');
            Map<String, Object> names = new TreeMap<>();
            sizes.forEach(s -> s.census.keySet().forEach(n -> names.put(n, n)));
            for (String name : names.keySet()) {
                md.append("| ").append(name).append(" | |");
                for (Size s : sizes) {
                    Census c = s.census.get(name);
                    md.append(' ').append(c == null ? "–" : range(c.statements())).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * The balancer's table: per request, p50 and p95 straight to the node and through the
     * balancer in each of the alternating runs, and the mean response time through the balancer
     * as a share of the mean straight to the node, run pair by run pair.
     */
    private static void balancer(StringBuilder md, Size size) {
        md.append("### Behind WildFly's load balancer\n\n");
        md.append("One node (standalone-ha.xml, distributable sessions) with the balancer in front; the same load sent ")
                .append("straight to the node and through the balancer after a warm-up run: straight, through, through, straight (")
                .append(size.straight.size()).append(" pairs). Balancer ÷ straight: the mean response time through the ")
                .append("balancer over the mean straight to the node, pair by pair (the first two runs, then the last two) ")
                .append("(100 % = the balancer adds nothing).\n\n");
        md.append("| request | straight p50 / p95 ms | through the balancer p50 / p95 ms | balancer ÷ straight |\n");
        md.append("|---|---:|---:|---:|\n");
        Map<String, Object> names = new LinkedHashMap<>();
        size.straight.forEach(run -> run.keySet().forEach(n -> names.put(n, n)));
        for (String name : names.keySet()) {
            md.append("| ").append(name).append(" | ");
            md.append(figures(size.straight, name)).append(" | ").append(figures(size.throughBalancer, name)).append(" | ");
            List<String> ratios = new ArrayList<>();
            for (int i = 0; i < Math.min(size.straight.size(), size.throughBalancer.size()); i++) {
                Load a = size.straight.get(i).get(name);
                Load b = size.throughBalancer.get(i).get(name);
                ratios.add(a == null || b == null || a.mean() <= 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * b.mean() / a.mean()));
            }
            md.append(String.join(", ", ratios)).append(" |\n");
        }
        List<String> overall = new ArrayList<>();
        for (int i = 0; i < Math.min(size.straight.size(), size.throughBalancer.size()); i++) {
            double a = weightedMean(size.straight.get(i));
            double b = weightedMean(size.throughBalancer.get(i));
            overall.add(a <= 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * b / a));
        }
        md.append("| **every request** | | | ").append(String.join(", ", overall)).append(" |\n\n");
        md.append("- errors behind the balancer: ").append(size.balancerErrors()).append(" (Gatling exits, warm-up first: ")
                .append(size.balancerExits).append(")\n\n");
    }

    private static String figures(List<Map<String, Load>> runs, String name) {
        List<String> each = new ArrayList<>();
        for (Map<String, Load> run : runs) {
            Load l = run.get(name);
            each.add(l == null ? "–" : l.p50() + " / " + l.p95());
        }
        return String.join("; ", each);
    }

    /** The mean response time over every request of a run, each request name weighted by its count. */
    private static double weightedMean(Map<String, Load> run) {
        long count = run.values().stream().mapToLong(Load::ok).sum();
        return count == 0 ? 0 : run.values().stream().mapToDouble(l -> l.ok() * l.mean()).sum() / count;
    }

    private static List<Long> withTransactionControl(Census c) {
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < c.statements().size(); i++) {
            total.add(c.statements().get(i) + 2 * c.transactions().get(i));
        }
        return total;
    }

    private static String range(List<Long> values) {
        long min = values.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        return min == max ? Long.toString(min) : min + "–" + max;
    }
}

package dev.custodian.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The server's own time for each request the benchmark sends: a servlet filter ahead of every other (security,
 * sessions, the page and its rendering are inside it), keyed by the probe named in the request's
 * {@code X-Bench-Probe} header. Added to the application by {@link SalesBenchmark} only.
 */
class ServerTiming {

	static final String HEADER = "X-Bench-Probe";

	static final Map<String, List<Double>> TIMES = new ConcurrentHashMap<>();

	@Bean
	FilterRegistrationBean<Filter> serverTimingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				long start = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					String probe = ((HttpServletRequest) request).getHeader(HEADER);
					if (probe != null) {
						double ms = (System.nanoTime() - start) / 1e6;
						TIMES.computeIfAbsent(probe, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
							.add(ms);
					}
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}

package dev.custodian.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static files under their own paths only: {@code /css/**}, {@code /js/**}, {@code /webjars/**} and the
 * favicon. Spring Boot's default handler for {@code /**} is switched off ({@code spring.web.resources.add-mappings}):
 * with it, every link a page renders ({@code /contacts/…}, {@code /deals/…}) was first looked for as a static file in
 * four classpath locations, through every jar, which made a board of 120 cards spend most of its time searching
 * the classpath. Files are cached by browsers for {@code spring.web.resources.cache.period}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private final CacheControl caching;

	StaticResources(@Value("${spring.web.resources.cache.period:P7D}") Duration period) {
		this.caching = CacheControl.maxAge(period).cachePublic();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(caching);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(caching);
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").setCacheControl(caching);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(caching)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}

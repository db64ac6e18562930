package dev.custodian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Custodian: a CRM that keeps customer data lawful by construction.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableResilientMethods
public class CustodianApplication {

	public static void main(String[] args) {
		SpringApplication.run(CustodianApplication.class, args);
	}
}

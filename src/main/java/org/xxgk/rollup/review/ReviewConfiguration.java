package org.xxgk.rollup.review;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review desk, shared by the job (corrections), jobs/decide, the offline sheet and the console. */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

	@Bean
	ReviewDesk reviewDesk(DataSource dataSource) {
		return new ReviewDesk(new JdbcTemplate(dataSource));
	}

}
